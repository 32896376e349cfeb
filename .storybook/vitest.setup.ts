import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// Every story runs as a test in Chromium, with the a11y addon's axe check (parameters.a11y.test = 'error').
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
