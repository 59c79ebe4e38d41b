/**
 * Accessibility mode («версия для слабовидящих»): its settings, shared by the header panel
 * (A11yPanel.astro), the inline script below and the selectors of styles/a11y.css.
 *
 * Each setting is a group of radios in the header; the first option is the default. Without
 * JavaScript the CSS reads the checked radio through :has(), so the mode works on the page at
 * hand. The script only remembers the choice (localStorage) and re-applies it as
 * data-a11y-<name> on <html> before the first paint of every page.
 */

export interface A11yOption {
  value: string
  label: string
}

export interface A11ySetting {
  name: string
  legend: string
  options: readonly A11yOption[]
}

export const A11Y_SETTINGS: readonly A11ySetting[] = [
  {
    name: 'size',
    legend: 'Размер шрифта',
    options: [
      { value: 'normal', label: 'Обычный' },
      { value: 'large', label: 'Крупный' },
      { value: 'xlarge', label: 'Очень крупный' },
    ],
  },
  {
    name: 'scheme',
    legend: 'Цвета',
    options: [
      { value: 'normal', label: 'Цвета сайта' },
      { value: 'light', label: 'Чёрным по белому' },
      { value: 'dark', label: 'Белым по чёрному' },
    ],
  },
  {
    name: 'images',
    legend: 'Изображения',
    options: [
      { value: 'show', label: 'Показывать' },
      { value: 'hide', label: 'Скрыть' },
    ],
  },
]

export const A11Y_UI = {
  toggle: 'Версия для слабовидящих',
  reset: 'Обычная версия',
} as const

/** localStorage key: one choice per host (sections of a union's host share it). */
export const A11Y_STORAGE_KEY = 'union-sites-a11y'
/** The radios of a setting are named `a11y-<name>`, the attribute on <html> `data-a11y-<name>`. */
export const A11Y_PREFIX = 'a11y-'
/** The panel's form, for the reset button (one per page, in the header). */
export const A11Y_FORM_CLASS = 'a11y-form'

/**
 * The inline script, ES5 so that browsers without :has() (which need it most) still run it.
 * It is the same on every page, so a future Content-Security-Policy can allow it by hash.
 */
export function a11yScript(settings: readonly A11ySetting[] = A11Y_SETTINGS): string {
  const values = Object.fromEntries(settings.map((s) => [s.name, s.options.map((o) => o.value)]))
  return `(function(){var K=${JSON.stringify(A11Y_STORAGE_KEY)},P=${JSON.stringify(A11Y_PREFIX)},V=${JSON.stringify(values)},r=document.documentElement;
function load(){try{var s=JSON.parse(localStorage.getItem(K)||"{}");return s&&typeof s==="object"?s:{}}catch(e){return{}}}
function valid(n,v){return V[n].indexOf(v)>0?v:V[n][0]}
function input(n,v){return document.querySelector('input[name="'+P+n+'"]'+(v?'[value="'+v+'"]':":checked"))}
function apply(s){for(var n in V){var v=valid(n,s[n]);if(v===V[n][0])r.removeAttribute("data-"+P+n);else r.setAttribute("data-"+P+n,v)}}
function show(){var s=load();apply(s);for(var n in V){var i=input(n,valid(n,s[n]));if(i)i.checked=true}}
function save(){var s={};for(var n in V){var i=input(n);s[n]=i?i.value:V[n][0]}apply(s);try{localStorage.setItem(K,JSON.stringify(s))}catch(e){}}
apply(load());
document.addEventListener("change",function(e){var t=e.target;if(t&&typeof t.name==="string"&&t.name.indexOf(P)===0)save()});
document.addEventListener("reset",function(e){var t=e.target;if(t&&t.classList&&t.classList.contains(${JSON.stringify(A11Y_FORM_CLASS)}))setTimeout(save,0)});
document.addEventListener("DOMContentLoaded",show);
window.addEventListener("pageshow",function(e){if(e.persisted)show()});
})();`
}
