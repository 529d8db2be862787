package de.kommunalmesse.common;

import de.kommunalmesse.identity.Role;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Every error answer of the API is RFC 9457 problem+json ({@link Problem}, written by {@link ProblemMappers}),
 * so the OpenAPI document says so once, here: each documented 4xx or 5xx response gets the {@code Problem}
 * schema under {@code application/problem+json}. A resource names the status and what it means, and adds an
 * example where one helps ({@code content = @Content(mediaType = Problem.MEDIA_TYPE, examples = ...)}).
 *
 * <p>The answers every endpoint of a kind gives are written here too, so that resources document only what is
 * particular to them. Quarkus adds the security requirement to each {@code @Authenticated} or
 * {@code @RolesAllowed} operation (with the roles as its scopes), with placeholder 401 and 403 answers, and a
 * 400 to each operation with an input; this filter words them: 401 "Not logged in" for every secured operation,
 * 403 naming the required roles where there are any (an operation that only needs a login has no such 403;
 * its own checks, such as "not staff of this booth", are documented on the method), and the 400 of invalid
 * input. Whatever a resource documents itself is left as it is.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ErrorResponseSchemas implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    /** What Quarkus writes when it adds the answers itself (io.quarkus.smallrye.openapi OperationFilter). */
    private static final String QUARKUS_401 = "Not Authorized";
    private static final String QUARKUS_403 = "Not Allowed";
    private static final String QUARKUS_400 = "Bad Request";

    static final String NOT_LOGGED_IN = "Not logged in";
    static final String NOT_AN_ADMIN = "Not an admin";
    static final String INVALID_INPUT = "Invalid input: errors[] names each field and what is wrong with it";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                describeStandardAnswers(operation);
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        describeAsProblem(response.getValue());
                    }
                }
            }
        }
    }

    private static void describeStandardAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        List<String> roles = requiredRoles(operation);
        if (roles != null) {
            describe(responses, "401", NOT_LOGGED_IN);
            if (roles.isEmpty()) {
                APIResponse forbidden = responses.getAPIResponse("403");
                if (forbidden != null && QUARKUS_403.equals(forbidden.getDescription())) {
                    responses.removeAPIResponse("403");
                }
            } else {
                describe(responses, "403", roles.equals(List.of(Role.ADMIN)) ? NOT_AN_ADMIN
                        : "Lacks the role " + String.join(" or ", roles));
            }
        }
        APIResponse badRequest = responses.getAPIResponse("400");
        if (badRequest != null && QUARKUS_400.equals(badRequest.getDescription())) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description(INVALID_INPUT));
        }
    }

    /** The roles the operation's security requirement names (empty: any login); null for a public operation. */
    private static List<String> requiredRoles(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return null;
        }
        return operation.getSecurity().stream().map(SecurityRequirement::getSchemes).filter(schemes -> schemes != null)
                .flatMap(schemes -> schemes.values().stream()).filter(scopes -> scopes != null)
                .flatMap(List::stream).distinct().toList();
    }

    /**
     * Adds the answer, or replaces the one Quarkus added (one instance that all its operations share, so it is
     * replaced, never changed); a description the resource wrote stays.
     */
    private static void describe(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null || response.getDescription() == null || response.getDescription().equals(QUARKUS_401)
                || response.getDescription().equals(QUARKUS_403)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void describeAsProblem(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        }
    }
}
