/** Ids as every layer accepts them: safe in file names, URLs and log lines. */
import { z } from 'zod';

export const ID_PATTERN = /^[A-Za-z0-9._-]+$/;

export const idSchema = z.string().min(1).max(200).regex(ID_PATTERN, 'ids are letters, digits, dots, dashes and underscores');
