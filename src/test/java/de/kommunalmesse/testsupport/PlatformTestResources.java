package de.kommunalmesse.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * The external servers of every test, started once per run: a fresh MariaDB database, Keycloak and an SMTP
 * server (GreenMail).
 * Global scope, so no test class restarts them.
 */
@WithTestResource(value = MariaDbTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailTestResource.class, scope = TestResourceScope.GLOBAL)
public final class PlatformTestResources {

    private PlatformTestResources() {
    }
}
