import { type ComponentType, lazy } from 'react';

/**
 * A page whose code is fetched when it is first shown, so what only it uses (grids, charts, ExcelJS) stays
 * out of the login page's download. `name` is the page's export in its module.
 */
export const lazyPage = <Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
) => lazy(async () => ({ default: (await load())[name] }));
