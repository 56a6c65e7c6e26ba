// The four seed municipalities (SPEC §3), in the order the demo shows them.
import type { DemoMunicipality } from './types.js';
import { sodertalje } from './sodertalje/index.js';
import { vetlanda } from './vetlanda/index.js';
import { herrljunga } from './herrljunga/index.js';
import { hassleholm } from './hassleholm/index.js';

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [sodertalje, vetlanda, herrljunga, hassleholm];
