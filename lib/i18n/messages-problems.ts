/**
 * The data-quality panel's texts for extraction problems (codes: lib/sites/problems.ts), in
 * English and French. `problemText` (problem-text.ts) picks the key and fills the parameters.
 */
export const enProblems = {
  'problem.field.followers': 'the follower count',
  'problem.field.following': 'the following count',
  'problem.field.postsCount': 'the post count',
  'problem.field.totalLikes': 'the total likes',

  'problem.login-wall': 'Instagram is asking to log in before showing this profile.',
  'problem.not-profile.instagram': 'This page is not an Instagram profile.',
  'problem.not-profile.tiktok': 'This page is not a TikTok profile.',
  'problem.not-found.instagram': 'The profile @{handle} does not exist or is not available.',
  'problem.not-found.tiktok': 'The TikTok account @{handle} does not exist or is not available.',
  'problem.private.instagram': '@{handle} is a private account: posts are not visible.',
  'problem.private.tiktok': '@{handle} is a private account: videos are not visible.',
  'problem.no-posts.instagram': '@{handle} has not posted yet.',
  'problem.no-posts.tiktok': '@{handle} has not posted any video yet.',

  'problem.url-not-profile':
    'The address is not the profile itself (a post is open over it); the handle was read from the header.',
  'problem.stale-header.shown':
    'The header shows @{shown}, not @{handle}; it was ignored (the page is still loading).',
  'problem.stale-header': "The profile header on screen is not @{handle}'s yet; it was ignored.",
  'problem.stale-meta': 'The meta tags describe @{shown}, not @{handle}; they were ignored.',
  'problem.stale-embedded':
    'The embedded profile data is for @{shown}, not @{handle} (left over from in-app navigation); it was ignored.',
  'problem.no-embedded': 'The page had no embedded profile data (warm load); other sources were used.',
  'problem.meta-only':
    'Only the page summary was readable (logged-out first load): counts are rounded and posts are not visible.',

  'problem.invalid-json.profile-response': 'A profile response from the page could not be read.',
  'problem.invalid-json.embedded-profile': "TikTok's embedded profile data could not be read.",
  'problem.invalid-json.video-list': 'A video list from the page could not be read.',
  'problem.invalid-count.page-data':
    'The page data had an unusable value for {field} ({value}); it was ignored.',
  'problem.invalid-count.author-stats':
    "A video's author stats had an unusable value for {field} ({value}); it was ignored.",
  'problem.invalid-post.instagram': 'A post in the page data could not be read ({detail}).',
  'problem.invalid-post.tiktok': 'A video in the page data could not be fully read ({detail}).',
  'problem.foreign-posts-ignored.instagram.one': '1 post from another profile in the page data was ignored.',
  'problem.foreign-posts-ignored.instagram.other':
    '{count} posts from another profile in the page data were ignored.',
  'problem.foreign-posts-ignored.tiktok.one': '1 video by another account in the page data was ignored.',
  'problem.foreign-posts-ignored.tiktok.other':
    '{count} videos by another account in the page data were ignored.',

  'problem.rounded.page': 'The follower count is the rounded number shown on the page, not the exact one.',
  'problem.rounded.page-data':
    'The follower count is the rounded number TikTok put in its page data (no exact count was given).',
  'problem.rounded.summary': 'The follower count is the rounded number from the page summary.',

  'problem.missing': 'Not found on the page: {field}.',
  'problem.missing.displayName': 'The display name was not found on the page.',
  'problem.missing.instagram.followers':
    'The follower count was not found in the page data, the header or the meta tags.',
  'problem.missing.instagram.following':
    'The following count was not found in the page data, the header or the meta tags.',
  'problem.missing.instagram.postsCount':
    'The post count was not found in the page data, the header or the meta tags.',
  'problem.missing.instagram.posts':
    'No posts were seen yet: scroll the profile grid so the page loads them.',
  'problem.missing.tiktok.followers':
    'The follower count was not found in the page data, the items, the page or the meta tags.',
  'problem.missing.tiktok.following': 'The following count was not found in the page data or on the page.',
  'problem.missing.tiktok.totalLikes': 'The total likes were not found in the page data or on the page.',
  'problem.missing.tiktok.postsCount': 'The video count was not found in the page data.',
  'problem.missing.tiktok.posts': 'No videos were seen yet: scroll the profile grid so the page loads them.',
  'problem.no-post-counts.instagram':
    'Only the grid tiles were readable: likes and comments appear once the page loads its post data (scroll or reload).',
  'problem.no-post-counts.tiktok':
    'Only the grid tiles were readable (views only): likes and comments appear once the page loads its video list (scroll or reload).',
};

export type ProblemMessageKey = keyof typeof enProblems;

export const frProblems: Record<ProblemMessageKey, string> = {
  'problem.field.followers': 'le nombre d’abonnés',
  'problem.field.following': 'le nombre d’abonnements',
  'problem.field.postsCount': 'le nombre de publications',
  'problem.field.totalLikes': 'le total des j’aime',

  'problem.login-wall': 'Instagram demande de se connecter avant d’afficher ce profil.',
  'problem.not-profile.instagram': 'Cette page n’est pas un profil Instagram.',
  'problem.not-profile.tiktok': 'Cette page n’est pas un profil TikTok.',
  'problem.not-found.instagram': 'Le profil @{handle} n’existe pas ou n’est pas disponible.',
  'problem.not-found.tiktok': 'Le compte TikTok @{handle} n’existe pas ou n’est pas disponible.',
  'problem.private.instagram': '@{handle} est un compte privé : ses publications ne sont pas visibles.',
  'problem.private.tiktok': '@{handle} est un compte privé : ses vidéos ne sont pas visibles.',
  'problem.no-posts.instagram': '@{handle} n’a encore rien publié.',
  'problem.no-posts.tiktok': '@{handle} n’a encore publié aucune vidéo.',

  'problem.url-not-profile':
    'L’adresse n’est pas celle du profil (une publication est ouverte par-dessus) ; l’identifiant a été lu dans l’en-tête.',
  'problem.stale-header.shown':
    'L’en-tête affiche @{shown} et non @{handle} ; il a été ignoré (la page est encore en chargement).',
  'problem.stale-header': 'L’en-tête affiché n’est pas encore celui de @{handle} ; il a été ignoré.',
  'problem.stale-meta': 'Les balises meta décrivent @{shown} et non @{handle} ; elles ont été ignorées.',
  'problem.stale-embedded':
    'Les données de profil intégrées concernent @{shown} et non @{handle} (reste d’une navigation dans l’application) ; elles ont été ignorées.',
  'problem.no-embedded':
    'La page ne contenait pas de données de profil intégrées (chargement à chaud) ; d’autres sources ont été utilisées.',
  'problem.meta-only':
    'Seul le résumé de la page était lisible (premier chargement sans connexion) : les compteurs sont arrondis et les publications ne sont pas visibles.',

  'problem.invalid-json.profile-response': 'Une réponse de profil chargée par la page n’a pas pu être lue.',
  'problem.invalid-json.embedded-profile':
    'Les données de profil intégrées par TikTok n’ont pas pu être lues.',
  'problem.invalid-json.video-list': 'Une liste de vidéos chargée par la page n’a pas pu être lue.',
  'problem.invalid-count.page-data':
    'Les données de la page contenaient une valeur inutilisable pour {field} ({value}) ; elle a été ignorée.',
  'problem.invalid-count.author-stats':
    'Les statistiques d’auteur d’une vidéo contenaient une valeur inutilisable pour {field} ({value}) ; elle a été ignorée.',
  'problem.invalid-post.instagram':
    'Une publication des données de la page n’a pas pu être lue (détail technique : {detail}).',
  'problem.invalid-post.tiktok':
    'Une vidéo des données de la page n’a pas pu être entièrement lue (détail technique : {detail}).',
  'problem.foreign-posts-ignored.instagram.one':
    '1 publication d’un autre profil présente dans les données de la page a été ignorée.',
  'problem.foreign-posts-ignored.instagram.other':
    '{count} publications d’un autre profil présentes dans les données de la page ont été ignorées.',
  'problem.foreign-posts-ignored.tiktok.one':
    '1 vidéo d’un autre compte présente dans les données de la page a été ignorée.',
  'problem.foreign-posts-ignored.tiktok.other':
    '{count} vidéos d’un autre compte présentes dans les données de la page ont été ignorées.',

  'problem.rounded.page': 'Le nombre d’abonnés est l’arrondi affiché sur la page, pas le chiffre exact.',
  'problem.rounded.page-data':
    'Le nombre d’abonnés est l’arrondi que TikTok a mis dans les données de la page (aucun chiffre exact n’était fourni).',
  'problem.rounded.summary': 'Le nombre d’abonnés est l’arrondi tiré du résumé de la page.',

  'problem.missing': 'Introuvable sur la page : {field}.',
  'problem.missing.displayName': 'Le nom affiché est introuvable sur la page.',
  'problem.missing.instagram.followers':
    'Le nombre d’abonnés est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.following':
    'Le nombre d’abonnements est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.postsCount':
    'Le nombre de publications est introuvable dans les données de la page, l’en-tête du profil et les balises meta.',
  'problem.missing.instagram.posts':
    'Aucune publication vue pour l’instant : faites défiler la grille du profil pour que la page les charge.',
  'problem.missing.tiktok.followers':
    'Le nombre d’abonnés est introuvable dans les données de la page, les vidéos, la page elle-même et les balises meta.',
  'problem.missing.tiktok.following':
    'Le nombre d’abonnements est introuvable dans les données de la page et sur la page.',
  'problem.missing.tiktok.totalLikes':
    'Le total des j’aime est introuvable dans les données de la page et sur la page.',
  'problem.missing.tiktok.postsCount': 'Le nombre de vidéos est introuvable dans les données de la page.',
  'problem.missing.tiktok.posts':
    'Aucune vidéo vue pour l’instant : faites défiler la grille du profil pour que la page les charge.',
  'problem.no-post-counts.instagram':
    'Seules les vignettes de la grille étaient lisibles : les j’aime et les commentaires apparaissent une fois les données des publications chargées (faites défiler ou rechargez la page).',
  'problem.no-post-counts.tiktok':
    'Seules les vignettes de la grille étaient lisibles (vues uniquement) : les j’aime et les commentaires apparaissent une fois la liste des vidéos chargée (faites défiler ou rechargez la page).',
};
