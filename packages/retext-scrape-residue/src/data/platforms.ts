/**
 * Names of the platforms that share and follow buttons link to, as their
 * labels read. Run together (`FacebookTwitterInstagram`) or standing alone on
 * a line (`Facebook Twitter WhatsApp`), they are buttons copied with the
 * story. `social: false` labels (`Email`, `Print`) only count next to a
 * social platform's name: a word made only of them is not a label run.
 */
export const platforms: ReadonlyArray<{readonly name: string; readonly social: boolean}> = [
  {name: 'facebook', social: true},
  {name: 'twitter', social: true},
  {name: 'instagram', social: true},
  {name: 'whatsapp', social: true},
  {name: 'youtube', social: true},
  {name: 'linkedin', social: true},
  {name: 'pinterest', social: true},
  {name: 'telegram', social: true},
  {name: 'reddit', social: true},
  {name: 'tiktok', social: true},
  {name: 'snapchat', social: true},
  {name: 'tumblr', social: true},
  {name: 'flipboard', social: true},
  {name: 'koo', social: true},
  {name: 'sharechat', social: true},
  {name: 'messenger', social: true},
  {name: 'mastodon', social: true},
  {name: 'bluesky', social: true},
  {name: 'weibo', social: true},
  {name: 'wechat', social: true},
  {name: 'vk', social: true},
  {name: 'email', social: false},
  {name: 'e-mail', social: false},
  {name: 'mail', social: false},
  {name: 'print', social: false},
  {name: 'rss', social: false},
  {name: 'copy', social: false},
  {name: 'link', social: false},
  {name: 'share', social: false},
  {name: 'tweet', social: false}
]
