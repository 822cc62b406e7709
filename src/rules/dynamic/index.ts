import type { PpcRule } from '../../types';
import dynamicListRequired from './dynamic-list-required';
import dynamicParameterReferences from './dynamic-parameter-references';
import dynamicPropertiesItemValuePath from './dynamic-properties-item-value-path';
import dynamicPropertiesRequired from './dynamic-properties-required';
import dynamicValuesTargetArray from './dynamic-values-target-array';
import xMsDynamicList from './x-ms-dynamic-list';
import xMsDynamicProperties from './x-ms-dynamic-properties';
import xMsDynamicSchema from './x-ms-dynamic-schema';
import xMsDynamicTree from './x-ms-dynamic-tree';
import xMsDynamicValues from './x-ms-dynamic-values';

/** The section-9 rows of the dynamic extensions and their section-21 validator codes, in catalog order. */
export const dynamicRules: PpcRule[] = [
  xMsDynamicValues,
  dynamicValuesTargetArray,
  xMsDynamicList,
  dynamicListRequired,
  xMsDynamicSchema,
  xMsDynamicProperties,
  dynamicPropertiesRequired,
  dynamicPropertiesItemValuePath,
  xMsDynamicTree,
  dynamicParameterReferences,
];
