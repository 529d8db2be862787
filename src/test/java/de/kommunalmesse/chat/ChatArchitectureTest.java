package de.kommunalmesse.chat;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/**
 * The shape of the chat (docs/architecture.md): adapters on top, use cases below them, delivery and the
 * protocol at the bottom, no package of the chat depending on one that depends back on it.
 */
@AnalyzeClasses(packages = "de.kommunalmesse", importOptions = ImportOption.DoNotIncludeTests.class)
class ChatArchitectureTest {

    private static final String CHAT = "de.kommunalmesse.chat..";
    private static final String SOCKET = "de.kommunalmesse.chat.socket..";
    private static final String REST = "de.kommunalmesse.chat.rest..";
    private static final String PROTOCOL = "de.kommunalmesse.chat.protocol..";
    private static final String DELIVERY = "de.kommunalmesse.chat.delivery..";

    @ArchTest
    static final ArchRule chatSubPackagesHaveNoCycles = slices().matching("de.kommunalmesse.chat.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheAdaptersUseTheAdapters = noClasses()
            .that().resideOutsideOfPackages(SOCKET, REST)
            .should().dependOnClassesThat().resideInAnyPackage(SOCKET, REST)
            .because("the WebSocket and REST adapters sit on top; nothing below them calls back up");

    @ArchTest
    static final ArchRule adaptersCallUseCasesNotDeliveryInternals = noClasses()
            .that().resideInAnyPackage(SOCKET, REST)
            .should().dependOnClassesThat().haveSimpleNameStartingWith("DirectSocket")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("OutboundBudget")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("LoopGroups")
            .orShould().dependOnClassesThat().haveSimpleNameStartingWith("SeenRevisions")
            .orShould().dependOnClassesThat().haveSimpleName("ChatFanOut")
            .because("adapters reach delivery only through ChatHub and ChatSession (ADR 0003)");

    @ArchTest
    static final ArchRule adaptersDoNotStoreMessagesThemselves = noClasses()
            .that().resideInAnyPackage(SOCKET, REST)
            .should().dependOnClassesThat().haveSimpleName("MessageWriter")
            .because("every change of a message passes the checks of MessageService first");

    @ArchTest
    static final ArchRule adaptersDoNotTouchEntities = noClasses()
            .that().resideInAnyPackage(SOCKET, REST)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("the use cases own the tables; adapters only translate");

    @ArchTest
    static final ArchRule deliveryKnowsNoFeatureAboveIt = noClasses()
            .that().resideInAPackage(DELIVERY)
            .should().dependOnClassesThat().resideInAnyPackage("de.kommunalmesse.chat.message..",
                    "de.kommunalmesse.chat.moderation..", "de.kommunalmesse.chat.conversation..",
                    "de.kommunalmesse.chat.presence..", "de.kommunalmesse.chat.live..", SOCKET, REST)
            .because("the fan-out hands events to observers instead of calling features back");

    @ArchTest
    static final ArchRule protocolIsPlainWireTypes = classes()
            .that().resideInAPackage(PROTOCOL)
            .should().onlyDependOnClassesThat(resideInAPackage(PROTOCOL).or(resideOutsideOfPackage(CHAT)))
            .because("the frames are what clients see; they depend on nothing else of the chat");

    @ArchTest
    static final ArchRule sharedKernelDependsOnlyOnTheProtocol = classes()
            .that().resideInAPackage("de.kommunalmesse.chat")
            .should().onlyDependOnClassesThat(resideInAnyPackage("de.kommunalmesse.chat", PROTOCOL)
                    .or(resideOutsideOfPackage(CHAT)));

    @ArchTest
    static final ArchRule otherFeaturesDoNotReachIntoTheChat = noClasses()
            .that(not(resideInAPackage(CHAT)))
            .should().dependOnClassesThat().resideInAPackage(CHAT);
}
