/** The stations feature's name for the shared temporary-link helper (station and report photos). */
export { storedFileLinks as storagePhotoLinks, type StoredFileLinks as PhotoLinks } from '../runtime/stored-file-links'
