import type { PpcRule } from '../../types';
import titleMaxLength from './title-max-length';
import titleNoApiConnector from './title-no-api-connector';
import titleRequired from './title-required';

export const infoRules: PpcRule[] = [titleRequired, titleMaxLength, titleNoApiConnector];
