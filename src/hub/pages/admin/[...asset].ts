/** The editing UI's files under the hub's /admin/: the same as every site's. */
export { getStaticPaths, GET } from '../../../routes/admin/[...asset].ts';
