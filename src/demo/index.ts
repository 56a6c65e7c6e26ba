// The four seed municipalities (SPEC §3), in the order the demo shows them.
import type { DemoMunicipality } from './types.js';
import { sodertalje } from './sodertalje.js';
import { vetlanda } from './vetlanda.js';
import { herrljunga } from './herrljunga.js';
import { hassleholm } from './hassleholm.js';

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [sodertalje, vetlanda, herrljunga, hassleholm];
