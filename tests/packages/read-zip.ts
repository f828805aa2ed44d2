import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderAt: number;
}

/**
 * Reads a zip's central directory. Enough for the store packages (no zip64, no encryption),
 * and it needs no unzip tool on the machine. Folder entries are left out: only files matter.
 */
function centralDirectory(zip: Buffer, file: string): ZipEntry[] {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, so search backwards.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip file.`);

  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`${file}: damaged central directory.`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (!name.endsWith('/')) {
      entries.push({
        name,
        method: zip.readUInt16LE(at + 10),
        compressedSize: zip.readUInt32LE(at + 20),
        localHeaderAt: zip.readUInt32LE(at + 42),
      });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The names of the files a zip holds. */
export async function zipEntries(file: string): Promise<string[]> {
  return centralDirectory(await readFile(file), file).map((entry) => entry.name);
}

/** Writes every file of the zip under `directory`, refusing names that would land outside it. */
export async function extractZip(file: string, directory: string): Promise<void> {
  const zip = await readFile(file);
  for (const entry of centralDirectory(zip, file)) {
    const target = path.resolve(directory, entry.name);
    if (!target.startsWith(path.resolve(directory) + path.sep)) throw new Error(`${file}: unsafe name ${entry.name}`);
    if (zip.readUInt32LE(entry.localHeaderAt) !== LOCAL_FILE_HEADER) throw new Error(`${file}: damaged ${entry.name}`);
    const nameLength = zip.readUInt16LE(entry.localHeaderAt + 26);
    const extraLength = zip.readUInt16LE(entry.localHeaderAt + 28);
    const dataAt = entry.localHeaderAt + 30 + nameLength + extraLength;
    const data = zip.subarray(dataAt, dataAt + entry.compressedSize);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new Error(`${file}: ${entry.name} uses compression method ${entry.method}.`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.method === DEFLATED ? inflateRawSync(data) : data);
  }
}
