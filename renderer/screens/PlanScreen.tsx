/** The Plan place: the weekly grid, where the rota is built by hand, by the planner, or both. */
import { GridScreen } from '../grid/GridScreen';

export function PlanScreen() {
  return <GridScreen />;
}
