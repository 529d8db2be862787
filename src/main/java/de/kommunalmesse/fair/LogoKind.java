package de.kommunalmesse.fair;

/** Whom a logo in the lobby stands for. */
public enum LogoKind {
    ORGANISER, PARTNER
}
