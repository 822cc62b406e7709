import type { PpcRule } from '../../types';
import contactEmailRequired from './contact-email-required';
import contactEmailValid from './contact-email-valid';
import contactFields from './contact-fields';
import contactNoExtraKeys from './contact-no-extra-keys';
import contactRequired from './contact-required';
import contactUrlValid from './contact-url-valid';
import descriptionEnglish from './description-english';
import descriptionLength from './description-length';
import descriptionNoApiWord from './description-no-api-word';
import descriptionNoProductNames from './description-no-product-names';
import descriptionNotTitle from './description-not-title';
import descriptionRequired from './description-required';
import titleEndsAlphanumeric from './title-ends-alphanumeric';
import titleEndsParenthesis from './title-ends-parenthesis';
import titleEnglish from './title-english';
import titleMaxLength from './title-max-length';
import titleNoApiConnector from './title-no-api-connector';
import titleNoProductNames from './title-no-product-names';
import titleRequired from './title-required';

export const infoRules: PpcRule[] = [
  titleRequired,
  titleMaxLength,
  titleNoApiConnector,
  titleNoProductNames,
  titleEndsAlphanumeric,
  titleEndsParenthesis,
  titleEnglish,
  descriptionRequired,
  descriptionLength,
  descriptionNoProductNames,
  descriptionNoApiWord,
  descriptionEnglish,
  descriptionNotTitle,
  contactRequired,
  contactFields,
  contactEmailRequired,
  contactEmailValid,
  contactUrlValid,
  contactNoExtraKeys,
];
