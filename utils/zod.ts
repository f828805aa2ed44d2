// The setting comes first: see zod-config.ts.
import './zod-config';

export { z } from 'zod';
