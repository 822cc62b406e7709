import type { PpcRule } from '../../types';
import notificationUrlBodyRequired from './notification-url-body-required';
import notificationUrlInBody from './notification-url-in-body';
import notificationUrlInternal from './notification-url-internal';
import notificationUrlRequired from './notification-url-required';
import notificationUrlString from './notification-url-string';
import operationContext from './operation-context';
import pageableNextlinkInResponse from './pageable-nextlink-in-response';
import pageableNextlinkValue from './pageable-nextlink-value';
import pageableShape from './pageable-shape';
import pollingTriggerContract from './polling-trigger-contract';
import pollingTriggerMetadata from './polling-trigger-metadata';
import triggerBatchArray from './trigger-batch-array';
import triggerHint from './trigger-hint';
import triggerSummaryPattern from './trigger-summary-pattern';
import triggerValue from './trigger-value';
import webhookDeleteOperation from './webhook-delete-operation';
import webhookLocationHeader from './webhook-location-header';
import webhookNotificationContent from './webhook-notification-content';
import webhookNotificationUrl from './webhook-notification-url';
import webhookOutputSchema from './webhook-output-schema';
import webhookParamsConsistent from './webhook-params-consistent';
import xMsNotificationContent from './x-ms-notification-content';
import xMsNotificationUrl from './x-ms-notification-url';
import xMsNotificationUsage from './x-ms-notification-usage';
import xMsTriggerValue from './x-ms-trigger-value';

/** Section 5 (triggers, webhooks, polling, pagination) and the section-9 rows of their extensions, in catalog order. */
export const triggersRules: PpcRule[] = [
  triggerValue,
  triggerSummaryPattern,
  triggerHint,
  triggerBatchArray,
  webhookNotificationUrl,
  notificationUrlInBody,
  notificationUrlString,
  notificationUrlInternal,
  notificationUrlRequired,
  notificationUrlBodyRequired,
  webhookNotificationContent,
  webhookOutputSchema,
  webhookDeleteOperation,
  webhookLocationHeader,
  webhookParamsConsistent,
  xMsNotificationUsage,
  pollingTriggerMetadata,
  pollingTriggerContract,
  pageableShape,
  pageableNextlinkValue,
  pageableNextlinkInResponse,
  operationContext,
  xMsTriggerValue,
  xMsNotificationContent,
  xMsNotificationUrl,
];
