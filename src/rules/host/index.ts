import type { PpcRule } from '../../types';
import basepathValid from './basepath-valid';
import consumesPresent from './consumes-present';
import formUrlencodedNoBinary from './form-urlencoded-no-binary';
import hostProduction from './host-production';
import hostRequired from './host-required';
import hostValid from './host-valid';
import mimeCompatible from './mime-compatible';
import mimeSupported from './mime-supported';
import mimeValid from './mime-valid';
import schemesAllowed from './schemes-allowed';
import schemesHttpsOnly from './schemes-https-only';
import schemesNonempty from './schemes-nonempty';

export const hostRules: PpcRule[] = [
  hostRequired,
  hostValid,
  hostProduction,
  basepathValid,
  schemesNonempty,
  schemesAllowed,
  schemesHttpsOnly,
  mimeValid,
  mimeSupported,
  consumesPresent,
  mimeCompatible,
  formUrlencodedNoBinary,
];
