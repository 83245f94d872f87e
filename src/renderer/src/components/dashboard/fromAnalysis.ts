// The shaping is shared with the report (a filtered or weighted report draws the same dashboard).
export { dashboardFromAnalysis } from '../../../../shared/analysis/dashboard-from-analysis';
export type { FilteredDashboard } from '../../../../shared/analysis/dashboard-from-analysis';
