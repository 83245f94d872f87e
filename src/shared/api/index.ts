export * from './errors';
export * from './operation';
export * from './contract';
export * from './study';
export * from './questionnaire';
export * from './import';
export * from './analysis';
export * from './report';
