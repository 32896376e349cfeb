// P1 anchor: the same app plus @azure/communication-react's ErrorBar, the vendor's way to show call errors.
import { ErrorBar } from '@azure/communication-react';
import { mountShell } from './shell';

mountShell({ extra: <ErrorBar activeErrorMessages={[{ type: 'callNetworkQualityLow' }]} /> });
