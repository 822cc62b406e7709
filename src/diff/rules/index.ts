import type { DiffRuleDefinition } from '../types';
import authChanged from './auth-changed';
import authTypeStable from './auth-type-stable';
import dynamicReferenceBroken from './dynamic-reference-broken';
import hostOrBasepathChanged from './host-or-basepath-changed';
import inputEnumAdded from './input-enum-added';
import inputEnumValueRemoved from './input-enum-value-removed';
import inputTypeChanged from './input-type-changed';
import operationHidden from './operation-hidden';
import operationPathOrMethodChanged from './operation-path-or-method-changed';
import operationRemoved from './operation-removed';
import outputPropertyRemoved from './output-property-removed';
import outputTypeChanged from './output-type-changed';
import parameterDefaultChanged from './parameter-default-changed';
import parameterEncodingChanged from './parameter-encoding-changed';
import parameterLocationChanged from './parameter-location-changed';
import parameterRemoved from './parameter-removed';
import partialComparison from './partial-comparison';
import requestMediaTypeRemoved from './request-media-type-removed';
import requiredInputAdded from './required-input-added';
import triggerKindChanged from './trigger-kind-changed';
import unversionedReplacement from './unversioned-replacement';

/** Every breaking-change rule, in the order of the documentation. */
export const diffRules: readonly DiffRuleDefinition[] = [
  operationRemoved,
  operationHidden,
  operationPathOrMethodChanged,
  triggerKindChanged,
  parameterRemoved,
  parameterLocationChanged,
  parameterEncodingChanged,
  requestMediaTypeRemoved,
  requiredInputAdded,
  inputTypeChanged,
  inputEnumValueRemoved,
  inputEnumAdded,
  outputPropertyRemoved,
  outputTypeChanged,
  authChanged,
  authTypeStable,
  dynamicReferenceBroken,
  hostOrBasepathChanged,
  parameterDefaultChanged,
  unversionedReplacement,
  partialComparison,
];
