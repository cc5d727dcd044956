import mongoose, { Schema, type InferSchemaType, type Model } from 'mongoose';
import { LANGUAGES } from '../../platform/i18n';

const userSchema = new Schema(
  {
    // Stored normalised (trimmed, NFC, lower case): the unique index then means "one account per address".
    email: { type: String, required: true, unique: true, maxlength: 254 },
    name: { type: String, required: true, maxlength: 100 },
    passwordHash: { type: String, required: true },
    language: { type: String, required: true, enum: LANGUAGES, default: 'en' },
    role: { type: String, required: true, enum: ['learner', 'trainer', 'translator', 'admin'], default: 'learner' },
    lastLoginAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'users' },
);

/** A stored account. */
export type UserRecord = InferSchemaType<typeof userSchema> & { _id: mongoose.Types.ObjectId };

/** The users collection (registration only defines the model; nothing connects here). */
export function userModel(): Model<UserRecord> {
  return (mongoose.models.User as Model<UserRecord> | undefined) ?? mongoose.model<UserRecord>('User', userSchema);
}
