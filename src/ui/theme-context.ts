// The dashboard's theme, chosen once at its root and read by every component that
// colours something. Outside a dashboard (a component's own test), colours are on.
import { createContext, useContext } from 'react';
import { COLOUR_THEME, PLAIN_THEME, type Theme } from './theme.js';

export const ThemeContext = createContext<Theme>(COLOUR_THEME);

export function themeOf(colour: boolean): Theme {
  return colour ? COLOUR_THEME : PLAIN_THEME;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
