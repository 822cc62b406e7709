import type { PpcRule } from '../../types';
import authNoEmptyConnection from './auth-no-empty-connection';
import brandColorHex from './brand-color-hex';
import brandColorIp from './brand-color-ip';
import brandColorNotDefault from './brand-color-not-default';
import brandColorRequired from './brand-color-required';
import capabilitiesValues from './capabilities-values';
import connAllowedValues from './conn-allowed-values';
import connParamName from './conn-param-name';
import connParamType from './conn-param-type';
import connSecretSecurestring from './conn-secret-securestring';
import connTenantidClaim from './conn-tenantid-claim';
import connUidefinition from './conn-uidefinition';
import multiAuthExclusive from './multi-auth-exclusive';
import multiAuthShape from './multi-auth-shape';
import oauthCustomParams from './oauth-custom-params';
import oauthFirstPartyFlag from './oauth-first-party-flag';
import oauthIdentityProvider from './oauth-identity-provider';
import oauthIdentityProviderKnown from './oauth-identity-provider-known';
import oauthIpDisallowed from './oauth-ip-disallowed';
import oauthRedirectMode from './oauth-redirect-mode';
import oauthRedirectUrl from './oauth-redirect-url';
import policyTemplateConnparamExists from './policy-template-connparam-exists';
import policyTemplateKnown from './policy-template-known';
import policyTemplateParams from './policy-template-params';
import policyTemplateShape from './policy-template-shape';
import propsAllowedKeys from './props-allowed-keys';
import propsRoot from './props-root';
import publisherRequired from './publisher-required';
import stackOwnerIpDiffers from './stack-owner-ip-differs';
import stackOwnerRequired from './stack-owner-required';

/**
 * Spectral rules over apiProperties.json (sections 8.2, 10, 11 and 17), in catalog order. They run in the
 * `api-properties` ruleset, never in the definition rulesets.
 */
export const apiPropertiesRules: PpcRule[] = [
  authNoEmptyConnection,
  connParamName,
  connParamType,
  connSecretSecurestring,
  connUidefinition,
  connAllowedValues,
  connTenantidClaim,
  oauthIdentityProvider,
  oauthIdentityProviderKnown,
  oauthCustomParams,
  oauthFirstPartyFlag,
  oauthRedirectMode,
  oauthRedirectUrl,
  oauthIpDisallowed,
  multiAuthShape,
  multiAuthExclusive,
  propsRoot,
  propsAllowedKeys,
  brandColorRequired,
  brandColorHex,
  brandColorNotDefault,
  brandColorIp,
  publisherRequired,
  stackOwnerRequired,
  stackOwnerIpDiffers,
  capabilitiesValues,
  policyTemplateShape,
  policyTemplateKnown,
  policyTemplateParams,
  policyTemplateConnparamExists,
];
