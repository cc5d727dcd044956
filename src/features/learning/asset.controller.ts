import type { NextFunction, Request, Response } from 'express';
import { NotFoundError } from '../../platform/errors';
import type { CatalogCache } from '../catalog/catalog-cache';
import { sendAsset } from './asset-response';
import { assetParams, parseParams } from './lesson-params';

/** Files of published packs. */
export function assetController(deps: { catalog: CatalogCache }) {
  return {
    /** GET an asset of the published version of a pack, by the hash and name its URL holds. */
    serve: (req: Request, res: Response, next: NextFunction): void => {
      const { packId, hash, name } = parseParams(assetParams, req);
      const asset = deps.catalog.current().packs.get(packId)?.assets.get(`${hash}/${name}`);
      if (asset === undefined) throw new NotFoundError('not_found');
      sendAsset(req, res, next, asset);
    },
  };
}
