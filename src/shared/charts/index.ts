export * from './palette';
export * from './theme';
export * from './value-labels';
export * from './touchpoint';
export * from './nps';
