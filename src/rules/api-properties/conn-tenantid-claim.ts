import { isObject, jsonValue } from '../../utils/guards';
import {
  CONNECTION_PARAMETER_MAPS,
  definePropertiesRule,
  type Problem,
  type PropertiesCheck,
  propsExample,
} from './shared';

const NAME = 'token:TenantId';
const SHAPE =
  '{"type": "string", "metadata": {"sourceType": "AzureActiveDirectoryTenant"}, "uiDefinition": {"constraints": {"hidden": "true", "required": "false"}}}';

const check: PropertiesCheck = (input) => {
  if (!isObject(input) || !Object.hasOwn(input, NAME)) return [];
  const param = input[NAME];
  const at = [NAME];
  if (!isObject(param)) return [{ message: `"${NAME}" is ${jsonValue(param)}; write ${SHAPE}`, at }];
  const problems: Problem[] = [];
  if (param.type !== 'string')
    problems.push({
      message: `"${NAME}" has the type ${jsonValue(param.type)}; the tenant claim is a "string"`,
      at: Object.hasOwn(param, 'type') ? [...at, 'type'] : at,
    });
  const meta = isObject(param.metadata) ? param.metadata : undefined;
  if (meta?.sourceType !== 'AzureActiveDirectoryTenant')
    problems.push({
      message: `"${NAME}" ${meta?.sourceType === undefined ? 'has no metadata.sourceType' : `has metadata.sourceType ${jsonValue(meta.sourceType)}`}; set it to "AzureActiveDirectoryTenant" so the platform fills in the signed-in user's tenant`,
      at: meta && Object.hasOwn(meta, 'sourceType') ? [...at, 'metadata', 'sourceType'] : at,
    });
  const ui = isObject(param.uiDefinition) ? param.uiDefinition : undefined;
  const constraints = ui && isObject(ui.constraints) ? ui.constraints : undefined;
  // The platform fills the tenant in; a visible or required field asks the user for something they cannot know.
  for (const [key, wanted] of [
    ['hidden', 'true'],
    ['required', 'false'],
  ] as const) {
    const value = constraints?.[key];
    if (value !== wanted && value !== (wanted === 'true'))
      problems.push({
        message: `"${NAME}" has uiDefinition.constraints.${key} ${jsonValue(value)}; write "${wanted}": the tenant comes from the sign-in, the user never types it`,
        at: constraints && Object.hasOwn(constraints, key) ? [...at, 'uiDefinition', 'constraints', key] : at,
      });
  }
  return problems;
};

const TENANT = {
  type: 'string',
  metadata: { sourceType: 'AzureActiveDirectoryTenant' },
  uiDefinition: { constraints: { hidden: 'true', required: 'false' } },
};

export default definePropertiesRule('ppc-conn-tenantid-claim', {
  description:
    "A `token:TenantId` connection parameter (the signed-in user's Entra ID tenant) is a hidden, optional `string` with `metadata.sourceType: AzureActiveDirectoryTenant`.",
  severity: 'error',
  given: CONNECTION_PARAMETER_MAPS,
  check,
  'x-ppc': {
    requirements: ['conn-tenantid-claim'],
    section: '8.2',
    sources: ['R-SCH-PROP'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        propsExample('A visible, required tenant field.', [
          {
            op: 'set',
            path: '/properties/connectionParameters/token:TenantId',
            value: {
              ...TENANT,
              uiDefinition: { displayName: 'Tenant ID', constraints: { hidden: 'false', required: 'true' } },
            },
          },
        ]),
        propsExample('No source type.', [
          { op: 'set', path: '/properties/connectionParameters/token:TenantId', value: { ...TENANT, metadata: {} } },
        ]),
      ],
      valid: [
        propsExample('The tenant claim as the platform writes it.', [
          { op: 'set', path: '/properties/connectionParameters/token:TenantId', value: TENANT },
        ]),
      ],
    },
  },
});
