/** The policy templates of apiProperties.json: ids, required parameters and enumerated values. */
import { isObject } from '../../utils/guards';

export const PARAM = 'x-ms-apimTemplateParameter.';
export const OPERATION_NAME = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION = 'x-ms-apimTemplate-policySection';

export interface PolicyTemplate {
  id: string;
  /** Parameter names (after `x-ms-apimTemplateParameter.`) that must be present. */
  required: string[];
  /** Allowed values of enumerated parameters. */
  enums?: Record<string, string[]>;
  /** Allowed policy sections. */
  sections?: string[];
}

const SECTIONS = ['Request', 'Response'];
const EXISTS = ['override', 'skip', 'append'];

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  { id: 'dynamichosturl', required: ['urlTemplate'], sections: SECTIONS },
  {
    id: 'setheader',
    required: ['name', 'value'],
    enums: { existsAction: EXISTS },
    sections: ['Request', 'Response', 'Failure'],
  },
  { id: 'setqueryparameter', required: ['name', 'value'], enums: { existsAction: EXISTS }, sections: SECTIONS },
  {
    id: 'routerequesttoendpoint',
    required: ['newPath'],
    enums: { httpMethod: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'] },
    sections: SECTIONS,
  },
  {
    id: 'setproperty',
    required: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    sections: SECTIONS,
  },
  {
    id: 'setvaluefromurl',
    required: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
    enums: { httpMethod: ['GET', 'POST', 'PUT'] },
    sections: SECTIONS,
  },
  { id: 'pollingtrigger', required: ['triggerConfig', 'triggerDataPath'], sections: SECTIONS },
  { id: 'updatenextlink', required: ['nextLinkPropertyName'], sections: SECTIONS },
  {
    id: 'convertarraytoobject',
    required: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
    enums: { retainKey: ['true', 'false'] },
    sections: SECTIONS,
  },
  { id: 'convertobjecttoarray', required: ['propertyParentPath', 'newPropertyPath'], sections: SECTIONS },
  { id: 'encodepropertyvalue', required: ['propertyParentPath', 'newPropertyPath'], sections: SECTIONS },
  {
    id: 'stringreplace',
    required: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
    sections: SECTIONS,
  },
  {
    id: 'stringtoarray',
    required: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
    sections: SECTIONS,
  },
];

/** Templates merged connectors use that the repository schema does not list; parameters are not checked. */
export const OTHER_TEMPLATE_IDS = ['setconnectionstatustounauthenticated', 'moveproperties', 'dynamicsubdomain'];

/** The template of an id, matched without regard to case (`SetHeader`, `setHeader`, `setheader`). */
export function templateOf(id: unknown): PolicyTemplate | undefined {
  if (typeof id !== 'string') return undefined;
  const lower = id.toLowerCase();
  return POLICY_TEMPLATES.find((t) => t.id === lower);
}

/** The policy instances of an apiProperties document, with their index. */
export function policyInstances(document: unknown): Array<{ instance: Record<string, unknown>; index: number }> {
  const properties = isObject(document) ? document.properties : undefined;
  const list = isObject(properties) ? properties.policyTemplateInstances : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((instance, index) => (isObject(instance) ? [{ instance, index }] : []));
}

/** `x-ms-apimTemplate-operationName` of an instance, as a list of names (absent = every operation). */
export function operationNames(instance: Record<string, unknown>): unknown[] | undefined {
  const params = instance.parameters;
  if (!isObject(params) || !Object.hasOwn(params, OPERATION_NAME)) return undefined;
  const names = params[OPERATION_NAME];
  return Array.isArray(names) ? (names as unknown[]) : [names];
}
