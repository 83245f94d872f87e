export * from './language';
export * from './questionnaire';
export * from './study';
