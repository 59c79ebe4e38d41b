/**
 * Progressive enhancement of the photo reports and videos in article text
 * (cms/richText/html/galleryHtml.ts, videoHtml.ts). Without it the gallery still opens by
 * `:target` and a video links to its host; with it:
 * - a video's poster turns into the player on click, and only then does the browser contact the
 *   video host (the embed URL is the snapshot's `data-embed`, checked against the hosts the
 *   CSP's frame-src allows);
 * - an open photo takes the focus and keeps Tab inside, Escape closes it and returns the focus
 *   to its thumbnail, the arrow keys go to the previous and next photo.
 */
const EMBED_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://rutube.ru',
  'https://vkvideo.ru',
]

function playVideo(link: HTMLAnchorElement, event: Event): void {
  const figure = link.closest<HTMLElement>('.rt-video')
  const src = figure?.dataset.embed ?? ''
  let origin = ''
  try {
    origin = new URL(src).origin
  } catch {
    return // no player: the link goes to the video's page
  }
  if (!figure || !EMBED_ORIGINS.includes(origin)) return
  event.preventDefault()
  const frame = document.createElement('iframe')
  frame.className = 'rt-video__frame'
  frame.src = src
  frame.title = figure.dataset.title ? `Видео: ${figure.dataset.title}` : 'Видео'
  frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture'
  frame.allowFullscreen = true
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  link.replaceWith(frame)
  frame.focus()
}

const openBox = () => {
  const id = decodeURIComponent(location.hash.slice(1))
  const box = id ? document.getElementById(id) : null
  return box?.classList.contains('rt-lightbox') ? box : null
}

function focusOpenBox(): void {
  openBox()?.querySelector<HTMLElement>('.rt-lightbox__close')?.focus()
}

/** Tab stays inside the open photo: the page behind it is covered. */
function keepFocusIn(box: HTMLElement, event: KeyboardEvent): void {
  const links = [...box.querySelectorAll<HTMLElement>('a[href]')]
  const first = links[0]
  const last = links.at(-1)
  if (!first || !last) return
  const inside = box.contains(document.activeElement)
  if (event.shiftKey && (document.activeElement === first || !inside)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
    event.preventDefault()
    first.focus()
  }
}

function onKey(event: KeyboardEvent): void {
  const box = openBox()
  if (!box || event.altKey || event.ctrlKey || event.metaKey) return
  if (event.key === 'Tab') return keepFocusIn(box, event)
  const link = {
    Escape: '.rt-lightbox__close',
    ArrowLeft: '.rt-lightbox__prev',
    ArrowRight: '.rt-lightbox__next',
  }[event.key]
  const target = link ? box.querySelector<HTMLAnchorElement>(link) : null
  if (!target) return
  event.preventDefault()
  target.click()
  if (event.key === 'Escape') {
    // Back on the thumbnail the photo was opened from.
    document.getElementById(target.hash.slice(1))?.focus()
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.rt-video__link')
  if (link) playVideo(link, event)
})
document.addEventListener('keydown', onKey)
window.addEventListener('hashchange', focusOpenBox)
focusOpenBox()
