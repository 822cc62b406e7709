import type { PpcRule } from '../../types';
import apiAnnotationInfo from './api-annotation-info';
import capabilitiesRoot from './capabilities-root';
import deploymentVersion from './deployment-version';
import metadataCategoriesAllowed from './metadata-categories-allowed';
import metadataCategoriesMax from './metadata-categories-max';
import metadataEntries from './metadata-entries';
import metadataEntriesCase from './metadata-entries-case';
import metadataRequired from './metadata-required';
import metadataShape from './metadata-shape';
import metadataUrls from './metadata-urls';
import metadataUrlsHttps from './metadata-urls-https';
import xMsDocs from './x-ms-docs';

export const metadataRules: PpcRule[] = [
  metadataRequired,
  metadataShape,
  metadataEntries,
  metadataEntriesCase,
  metadataUrls,
  metadataUrlsHttps,
  metadataCategoriesAllowed,
  metadataCategoriesMax,
  apiAnnotationInfo,
  deploymentVersion,
  xMsDocs,
  capabilitiesRoot,
];
