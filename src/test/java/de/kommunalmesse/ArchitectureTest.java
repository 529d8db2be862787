package de.kommunalmesse;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import javax.sql.DataSource;

/**
 * The rules that keep the backend's house in order (docs/architecture.md). Features depend one way:
 * chat → stage → booth → fair → common → identity (meeting sits beside chat on booth; feedback sits beside chat on stage; notification on top of meeting, stage and booth, whose domain events it observes; chat and notification meet only in common: ChatActivity one way, UserNotified the other), and demo (the demo data loader) may use them all. The
 * chat → stage → booth → fair → common → identity (insights sits below chat and above meeting and stage, learning what
 * the chat knows through its LiveFigures interface; meeting sits beside chat on booth; notification on meeting, delivered live by chat through common/UserNotified), and demo (the demo data loader) may use them all. The
 * network (visitors' networking) sits below chat, which keeps its conversations, and below notification, which
 * observes its events. The
 * privacy feature sits on top but uses only common and identity: each feature contributes its personal
 * data through common's PersonalData interface.
 * Each feature keeps its entities to itself and answers HTTP through thin resources that return records.
 * The chat package is one slice here; its inner structure has its own test in the chat package.
 */
@AnalyzeClasses(packages = "de.kommunalmesse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "de.kommunalmesse";

    @ArchTest
    static final ArchRule featuresDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("demo").definedBy(ROOT + ".demo..")
            .layer("privacy").definedBy(ROOT + ".privacy..")
            .layer("feedback").definedBy(ROOT + ".feedback..")
            .layer("insights").definedBy(ROOT + ".insights..")
            .layer("notification").definedBy(ROOT + ".notification..")
            .layer("meeting").definedBy(ROOT + ".meeting..")
            .layer("chat").definedBy(ROOT + ".chat..")
            .layer("network").definedBy(ROOT + ".network..")
            .layer("accessibility").definedBy(ROOT + ".accessibility..")
            .layer("stage").definedBy(ROOT + ".stage..")
            .layer("booth").definedBy(ROOT + ".booth..")
            .layer("fair").definedBy(ROOT + ".fair..")
            .layer("common").definedBy(ROOT + ".common..")
            .layer("identity").definedBy(ROOT + ".identity..")
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            // privacy collects the features' PersonalData contributions through CDI and imports none of them
            .whereLayer("privacy").mayNotBeAccessedByAnyLayer()
            .whereLayer("privacy").mayOnlyAccessLayers("common", "identity")
            // feedback builds on the programme; it uses the chat's moderation and viewer presence only through
            // common/TextModeration and stage events, so that nothing reaches into the chat
            .whereLayer("feedback").mayOnlyAccessLayers("stage", "booth", "fair", "common", "identity")
            .whereLayer("notification").mayOnlyAccessLayers("network", "meeting", "stage", "booth", "fair", "common", "identity")
            // insights counts what the features below report as CDI events and reads their services
            .whereLayer("insights").mayOnlyBeAccessedByLayers("chat", "demo")
            .whereLayer("insights").mayOnlyAccessLayers("meeting", "stage", "booth", "fair", "common", "identity")
            .whereLayer("meeting").mayOnlyAccessLayers("booth", "fair", "common", "identity")
            // chat keeps the conversations of networking (through network/PeerConversations, which it implements) and
            // posts the rooms of instant video meetings (meeting/VideoRooms)
            .whereLayer("chat").mayOnlyAccessLayers("insights", "network", "meeting", "stage", "booth", "fair", "common",
                    "identity")
            .whereLayer("network").mayOnlyAccessLayers("booth", "fair", "common", "identity")
            .whereLayer("accessibility").mayOnlyAccessLayers("common", "identity")
            .whereLayer("stage").mayOnlyAccessLayers("booth", "fair", "common", "identity")
            .whereLayer("booth").mayOnlyAccessLayers("fair", "common", "identity")
            .whereLayer("fair").mayOnlyAccessLayers("common", "identity")
            .whereLayer("common").mayOnlyAccessLayers("identity")
            .whereLayer("identity").mayNotAccessAnyLayer()
            .because("features build on each other in one direction, so each can be read without those above it");

    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassLivesInAFeaturePackage = classes().should().resideInAnyPackage(
            ROOT + ".demo..", ROOT + ".privacy..", ROOT + ".feedback..", ROOT + ".insights..", ROOT + ".notification..",
            ROOT + ".network..", ROOT + ".meeting..", ROOT + ".chat..", ROOT + ".accessibility..", ROOT + ".stage..", ROOT + ".booth..", ROOT + ".fair..",
            ROOT + ".common..", ROOT + ".identity..")
            .because("the layer rule above only knows these packages; a new one needs its place in it");

    @ArchTest
    static final ArchRule entitiesStayInTheirFeature = classes().that().areAnnotatedWith(Entity.class)
            .should(beUsedOnlyInsideTheirOwnFeature())
            .because("a feature talks to another through its service, never to the other's tables");

    @ArchTest
    static final ArchRule resourcesReturnNoEntities = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().arePublic()
            .should(returnNoEntity())
            .because("responses are records (views), so that the API does not change with the tables");

    @ArchTest
    static final ArchRule resourcesReturnRecordsOfTheirOwn = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .and().arePublic()
            .should(returnOnlyRecordsOrEnumsOfThisProject());

    @ArchTest
    static final ArchRule resourcesLeaveTheDatabaseToServices = noClasses().that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat(isEntityOrPersistence())
            .orShould().beAnnotatedWith(Transactional.class)
            .because("resources stay thin: queries, transactions and rules live in the feature's service");

    @ArchTest
    static final ArchRule resourceMethodsOpenNoTransactions = noMethods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Path.class).should().beAnnotatedWith(Transactional.class)
            .because("the service's methods are the transactions, so that REST and WebSocket share them");

    private static DescribedPredicate<JavaClass> isEntityOrPersistence() {
        return describe("are entities, Panache, the EntityManager or a DataSource",
                c -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(PanacheEntityBase.class)
                        || c.isAssignableTo(EntityManager.class) || c.isAssignableTo(DataSource.class));
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), ROOT.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!feature(origin).equals(feature(entity))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no entity, not even inside a list or page") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (type.isAnnotatedWith(Entity.class) || type.isAssignableTo(PanacheEntityBase.class)) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns the entity " + type.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> returnOnlyRecordsOrEnumsOfThisProject() {
        return new ArchCondition<>("return only records or enums where they return a type of this project") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (type.getPackageName().startsWith(ROOT) && !type.isRecord() && !type.isEnum()) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns " + type.getName() + ", which is not a record"));
                    }
                }
            }
        };
    }
}
