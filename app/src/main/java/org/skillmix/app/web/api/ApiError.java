package org.skillmix.app.web.api;

/** The body of every API error: HTTP status, its name, what went wrong, and the field it concerns (or null). */
public record ApiError(int status, String error, String message, String field) {}
