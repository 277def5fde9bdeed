/**
 * Section names of news sites' menus and breadcrumbs. A line made only of
 * capitalised words, most of them these, with no sentence punctuation is a
 * navigation bar (`Blog Business Entertainment … World`) or a breadcrumb
 * (`Home Explained`, `Home » World » Europe`).
 */
export const sections: ReadonlyArray<string> = [
  'home', 'news', 'latest', 'top', 'breaking', 'live', 'trending', 'world', 'national', 'international',
  'local', 'city', 'cities', 'states', 'state', 'nation', 'india', 'us', 'uk', 'europe', 'asia', 'africa',
  'americas', 'middle', 'east', 'politics', 'elections', 'business', 'economy', 'markets', 'market', 'money',
  'finance', 'personal', 'companies', 'industry', 'startups', 'tech', 'technology', 'science', 'health',
  'environment', 'climate', 'energy', 'education', 'jobs', 'careers', 'auto', 'autos', 'travel', 'food',
  'lifestyle', 'life', 'style', 'fashion', 'beauty', 'wellness', 'fitness', 'culture', 'arts', 'art', 'books',
  'entertainment', 'movies', 'music', 'tv', 'television', 'celebrity', 'sport', 'sports', 'cricket', 'football',
  'soccer', 'tennis', 'opinion', 'opinions', 'editorial', 'editorials', 'columns', 'columnists', 'analysis',
  'explained', 'explainers', 'features', 'feature', 'interviews', 'interview', 'blog', 'blogs', 'video', 'videos',
  'photos', 'photo', 'gallery', 'galleries', 'podcast', 'podcasts', 'multimedia', 'weather', 'crime', 'law',
  'religion', 'society', 'media', 'coronavirus', 'covid-19', 'real', 'estate', 'e-paper', 'epaper', 'magazine',
  'archive', 'archives', 'about', 'contact', 'advertise', 'subscribe', 'login', 'search', 'menu', 'more',
  'trends', 'stories', 'reviews', 'games', 'space', 'defence', 'defense', 'global', 'regional', 'region'
]
