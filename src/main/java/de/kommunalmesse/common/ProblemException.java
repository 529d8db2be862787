package de.kommunalmesse.common;

import java.util.List;

/**
 * Thrown by services for an expected failure that the client should see: rendered as problem+json
 * with a localised title and detail looked up by {@link #key()} in {@code problems*.properties}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final List<Problem.FieldError> errors;
    private final String field;

    public ProblemException(int status, String key, List<Problem.FieldError> errors, Object... args) {
        this(status, key, errors, null, args);
    }

    private ProblemException(int status, String key, List<Problem.FieldError> errors, String field, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
        this.errors = errors;
        this.field = field;
    }

    /**
     * The same problem, bound to the form field it is about: its {@code errors[]} name the field with the detail
     * as message, so that a form shows it at the field (a taken slug at the slug, overlapping dates at the dates).
     */
    public ProblemException at(String field) {
        return new ProblemException(status, key, errors, field, args);
    }

    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, key, null, args);
    }

    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(409, key, null, args);
    }

    public static ProblemException badRequest(String key, Object... args) {
        return new ProblemException(400, key, null, args);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(403, key, null, args);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** The form field the problem is about, or null. */
    public String field() {
        return field;
    }
}
