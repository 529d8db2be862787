package de.kommunalmesse.booth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpdxLicencesTest {

    private final SpdxLicences spdx = SpdxLicences.get();

    @Test
    void identifiersOfTheListAreValidInAnyCaseAndComeBackAsListed() {
        assertEquals(Optional.of("EUPL-1.2"), spdx.normalise("eupl-1.2"));
        assertEquals(Optional.of("MIT"), spdx.normalise(" MIT "));
        assertEquals(Optional.of("GPL-2.0-or-later"), spdx.normalise("GPL-2.0-or-later"));
        assertTrue(spdx.isValid("GPL-2.0+"), "a deprecated identifier with + is still an expression");
    }

    @Test
    void compoundExpressionsWithExceptionsAndLicenseRefs() {
        assertEquals(Optional.of("(MIT OR Apache-2.0) AND EUPL-1.2"), spdx.normalise("(mit or apache-2.0) and EUPL-1.2"));
        assertEquals(Optional.of("GPL-2.0-only WITH Classpath-exception-2.0"),
                spdx.normalise("GPL-2.0-only with classpath-exception-2.0"));
        assertTrue(spdx.isValid("LicenseRef-Rahmenvertrag-NRW"));
        assertEquals(Set.of("MIT", "Apache-2.0"), spdx.identifiers("MIT OR Apache-2.0+"));
    }

    @Test
    void unknownIdentifiersAndBrokenExpressionsAreInvalid() {
        assertFalse(spdx.isValid("proprietär"));
        assertFalse(spdx.isValid("EUPL"));
        assertFalse(spdx.isValid("MIT OR"));
        assertFalse(spdx.isValid("(MIT"));
        assertFalse(spdx.isValid("MIT Apache-2.0"));
        assertFalse(spdx.isValid("MIT WITH EUPL-1.2"), "an exception must follow WITH");
        assertFalse(spdx.isValid(""));
        assertFalse(spdx.isValid(null));
    }
}
