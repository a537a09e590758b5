package dev.candidates.api;

/** Who may call an endpoint: anyone, whoever holds a reader token, or only an admin. */
enum Access { OPEN, READER, ADMIN }
