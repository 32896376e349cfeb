// P1 baseline: the shared Fluent v9 app alone.
import { mountShell } from './shell';

mountShell();
