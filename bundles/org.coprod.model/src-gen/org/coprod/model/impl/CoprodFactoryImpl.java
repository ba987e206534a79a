/**
 */
package org.coprod.model.impl;

import org.coprod.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CoprodFactoryImpl extends EFactoryImpl implements CoprodFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CoprodFactory init() {
		try {
			CoprodFactory theCoprodFactory = (CoprodFactory)EPackage.Registry.INSTANCE.getEFactory(CoprodPackage.eNS_URI);
			if (theCoprodFactory != null) {
				return theCoprodFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CoprodFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoprodFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CoprodPackage.CASE_LIBRARY: return createCaseLibrary();
			case CoprodPackage.TYPOLOGY: return createTypology();
			case CoprodPackage.TYPOLOGY_DIMENSION: return createTypologyDimension();
			case CoprodPackage.DIMENSION_VALUE: return createDimensionValue();
			case CoprodPackage.TYPOLOGY_CELL: return createTypologyCell();
			case CoprodPackage.CASE: return createCase();
			case CoprodPackage.PHASE: return createPhase();
			case CoprodPackage.TYPOLOGY_CODING: return createTypologyCoding();
			case CoprodPackage.ACTOR: return createActor();
			case CoprodPackage.ROLE: return createRole();
			case CoprodPackage.DRIVER_CODING: return createDriverCoding();
			case CoprodPackage.POLITICAL_PROFILE: return createPoliticalProfile();
			case CoprodPackage.RESOURCE_CONTRIBUTION: return createResourceContribution();
			case CoprodPackage.OUTCOME: return createOutcome();
			case CoprodPackage.EVIDENCE: return createEvidence();
			case CoprodPackage.BENEFIT_CLAIM: return createBenefitClaim();
			case CoprodPackage.LIMITATION_CLAIM: return createLimitationClaim();
			case CoprodPackage.DIFFUSION_LINK: return createDiffusionLink();
			case CoprodPackage.NOTE: return createNote();
			case CoprodPackage.SOURCE: return createSource();
			case CoprodPackage.SOURCE_REF: return createSourceRef();
			case CoprodPackage.CODER: return createCoder();
			case CoprodPackage.DOCUMENT: return createDocument();
			case CoprodPackage.CODEBOOK: return createCodebook();
			case CoprodPackage.CODE: return createCode();
			case CoprodPackage.SEGMENT: return createSegment();
			case CoprodPackage.MEMO: return createMemo();
			case CoprodPackage.CODE_SUMMARY: return createCodeSummary();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CoprodPackage.CASE_TYPE:
				return createCaseTypeFromString(eDataType, initialValue);
			case CoprodPackage.INITIATOR_MODE:
				return createInitiatorModeFromString(eDataType, initialValue);
			case CoprodPackage.SECTOR:
				return createSectorFromString(eDataType, initialValue);
			case CoprodPackage.VALUE_CHAIN_STAGE:
				return createValueChainStageFromString(eDataType, initialValue);
			case CoprodPackage.ROLE_KIND:
				return createRoleKindFromString(eDataType, initialValue);
			case CoprodPackage.ACTOR_TYPE:
				return createActorTypeFromString(eDataType, initialValue);
			case CoprodPackage.DRIVER:
				return createDriverFromString(eDataType, initialValue);
			case CoprodPackage.ASSIGNED_BY:
				return createAssignedByFromString(eDataType, initialValue);
			case CoprodPackage.CONFIDENCE:
				return createConfidenceFromString(eDataType, initialValue);
			case CoprodPackage.CONTRIBUTION_KIND:
				return createContributionKindFromString(eDataType, initialValue);
			case CoprodPackage.OUTCOME_DOMAIN:
				return createOutcomeDomainFromString(eDataType, initialValue);
			case CoprodPackage.EVIDENCE_TYPE:
				return createEvidenceTypeFromString(eDataType, initialValue);
			case CoprodPackage.COLLECTOR:
				return createCollectorFromString(eDataType, initialValue);
			case CoprodPackage.BENEFIT:
				return createBenefitFromString(eDataType, initialValue);
			case CoprodPackage.LIMITATION:
				return createLimitationFromString(eDataType, initialValue);
			case CoprodPackage.STRATEGY_CONTEXT:
				return createStrategyContextFromString(eDataType, initialValue);
			case CoprodPackage.LEVEL:
				return createLevelFromString(eDataType, initialValue);
			case CoprodPackage.STATE_STANCE:
				return createStateStanceFromString(eDataType, initialValue);
			case CoprodPackage.NETWORK_LEVEL:
				return createNetworkLevelFromString(eDataType, initialValue);
			case CoprodPackage.DATA_ACTIVITY:
				return createDataActivityFromString(eDataType, initialValue);
			case CoprodPackage.DIFFUSION_MECHANISM:
				return createDiffusionMechanismFromString(eDataType, initialValue);
			case CoprodPackage.DEFINITION_LENS:
				return createDefinitionLensFromString(eDataType, initialValue);
			case CoprodPackage.CO_PRODUCER_TYPE:
				return createCoProducerTypeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CoprodPackage.CASE_TYPE:
				return convertCaseTypeToString(eDataType, instanceValue);
			case CoprodPackage.INITIATOR_MODE:
				return convertInitiatorModeToString(eDataType, instanceValue);
			case CoprodPackage.SECTOR:
				return convertSectorToString(eDataType, instanceValue);
			case CoprodPackage.VALUE_CHAIN_STAGE:
				return convertValueChainStageToString(eDataType, instanceValue);
			case CoprodPackage.ROLE_KIND:
				return convertRoleKindToString(eDataType, instanceValue);
			case CoprodPackage.ACTOR_TYPE:
				return convertActorTypeToString(eDataType, instanceValue);
			case CoprodPackage.DRIVER:
				return convertDriverToString(eDataType, instanceValue);
			case CoprodPackage.ASSIGNED_BY:
				return convertAssignedByToString(eDataType, instanceValue);
			case CoprodPackage.CONFIDENCE:
				return convertConfidenceToString(eDataType, instanceValue);
			case CoprodPackage.CONTRIBUTION_KIND:
				return convertContributionKindToString(eDataType, instanceValue);
			case CoprodPackage.OUTCOME_DOMAIN:
				return convertOutcomeDomainToString(eDataType, instanceValue);
			case CoprodPackage.EVIDENCE_TYPE:
				return convertEvidenceTypeToString(eDataType, instanceValue);
			case CoprodPackage.COLLECTOR:
				return convertCollectorToString(eDataType, instanceValue);
			case CoprodPackage.BENEFIT:
				return convertBenefitToString(eDataType, instanceValue);
			case CoprodPackage.LIMITATION:
				return convertLimitationToString(eDataType, instanceValue);
			case CoprodPackage.STRATEGY_CONTEXT:
				return convertStrategyContextToString(eDataType, instanceValue);
			case CoprodPackage.LEVEL:
				return convertLevelToString(eDataType, instanceValue);
			case CoprodPackage.STATE_STANCE:
				return convertStateStanceToString(eDataType, instanceValue);
			case CoprodPackage.NETWORK_LEVEL:
				return convertNetworkLevelToString(eDataType, instanceValue);
			case CoprodPackage.DATA_ACTIVITY:
				return convertDataActivityToString(eDataType, instanceValue);
			case CoprodPackage.DIFFUSION_MECHANISM:
				return convertDiffusionMechanismToString(eDataType, instanceValue);
			case CoprodPackage.DEFINITION_LENS:
				return convertDefinitionLensToString(eDataType, instanceValue);
			case CoprodPackage.CO_PRODUCER_TYPE:
				return convertCoProducerTypeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseLibrary createCaseLibrary() {
		CaseLibraryImpl caseLibrary = new CaseLibraryImpl();
		return caseLibrary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Typology createTypology() {
		TypologyImpl typology = new TypologyImpl();
		return typology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypologyDimension createTypologyDimension() {
		TypologyDimensionImpl typologyDimension = new TypologyDimensionImpl();
		return typologyDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DimensionValue createDimensionValue() {
		DimensionValueImpl dimensionValue = new DimensionValueImpl();
		return dimensionValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypologyCell createTypologyCell() {
		TypologyCellImpl typologyCell = new TypologyCellImpl();
		return typologyCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Phase createPhase() {
		PhaseImpl phase = new PhaseImpl();
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypologyCoding createTypologyCoding() {
		TypologyCodingImpl typologyCoding = new TypologyCodingImpl();
		return typologyCoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor() {
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverCoding createDriverCoding() {
		DriverCodingImpl driverCoding = new DriverCodingImpl();
		return driverCoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PoliticalProfile createPoliticalProfile() {
		PoliticalProfileImpl politicalProfile = new PoliticalProfileImpl();
		return politicalProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceContribution createResourceContribution() {
		ResourceContributionImpl resourceContribution = new ResourceContributionImpl();
		return resourceContribution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Outcome createOutcome() {
		OutcomeImpl outcome = new OutcomeImpl();
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenefitClaim createBenefitClaim() {
		BenefitClaimImpl benefitClaim = new BenefitClaimImpl();
		return benefitClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LimitationClaim createLimitationClaim() {
		LimitationClaimImpl limitationClaim = new LimitationClaimImpl();
		return limitationClaim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiffusionLink createDiffusionLink() {
		DiffusionLinkImpl diffusionLink = new DiffusionLinkImpl();
		return diffusionLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource() {
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef createSourceRef() {
		SourceRefImpl sourceRef = new SourceRefImpl();
		return sourceRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Coder createCoder() {
		CoderImpl coder = new CoderImpl();
		return coder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document createDocument() {
		DocumentImpl document = new DocumentImpl();
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook createCodebook() {
		CodebookImpl codebook = new CodebookImpl();
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code createCode() {
		CodeImpl code = new CodeImpl();
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Memo createMemo() {
		MemoImpl memo = new MemoImpl();
		return memo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeSummary createCodeSummary() {
		CodeSummaryImpl codeSummary = new CodeSummaryImpl();
		return codeSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseType createCaseTypeFromString(EDataType eDataType, String initialValue) {
		CaseType result = CaseType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitiatorMode createInitiatorModeFromString(EDataType eDataType, String initialValue) {
		InitiatorMode result = InitiatorMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiatorModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sector createSectorFromString(EDataType eDataType, String initialValue) {
		Sector result = Sector.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueChainStage createValueChainStageFromString(EDataType eDataType, String initialValue) {
		ValueChainStage result = ValueChainStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertValueChainStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoleKind createRoleKindFromString(EDataType eDataType, String initialValue) {
		RoleKind result = RoleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorType createActorTypeFromString(EDataType eDataType, String initialValue) {
		ActorType result = ActorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Driver createDriverFromString(EDataType eDataType, String initialValue) {
		Driver result = Driver.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriverToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssignedBy createAssignedByFromString(EDataType eDataType, String initialValue) {
		AssignedBy result = AssignedBy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssignedByToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Confidence createConfidenceFromString(EDataType eDataType, String initialValue) {
		Confidence result = Confidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContributionKind createContributionKindFromString(EDataType eDataType, String initialValue) {
		ContributionKind result = ContributionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContributionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutcomeDomain createOutcomeDomainFromString(EDataType eDataType, String initialValue) {
		OutcomeDomain result = OutcomeDomain.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutcomeDomainToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceType createEvidenceTypeFromString(EDataType eDataType, String initialValue) {
		EvidenceType result = EvidenceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Collector createCollectorFromString(EDataType eDataType, String initialValue) {
		Collector result = Collector.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCollectorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Benefit createBenefitFromString(EDataType eDataType, String initialValue) {
		Benefit result = Benefit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBenefitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Limitation createLimitationFromString(EDataType eDataType, String initialValue) {
		Limitation result = Limitation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLimitationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StrategyContext createStrategyContextFromString(EDataType eDataType, String initialValue) {
		StrategyContext result = StrategyContext.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrategyContextToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Level createLevelFromString(EDataType eDataType, String initialValue) {
		Level result = Level.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StateStance createStateStanceFromString(EDataType eDataType, String initialValue) {
		StateStance result = StateStance.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStateStanceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkLevel createNetworkLevelFromString(EDataType eDataType, String initialValue) {
		NetworkLevel result = NetworkLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNetworkLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataActivity createDataActivityFromString(EDataType eDataType, String initialValue) {
		DataActivity result = DataActivity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataActivityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiffusionMechanism createDiffusionMechanismFromString(EDataType eDataType, String initialValue) {
		DiffusionMechanism result = DiffusionMechanism.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiffusionMechanismToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DefinitionLens createDefinitionLensFromString(EDataType eDataType, String initialValue) {
		DefinitionLens result = DefinitionLens.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDefinitionLensToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CoProducerType createCoProducerTypeFromString(EDataType eDataType, String initialValue) {
		CoProducerType result = CoProducerType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCoProducerTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoprodPackage getCoprodPackage() {
		return (CoprodPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CoprodPackage getPackage() {
		return CoprodPackage.eINSTANCE;
	}

} //CoprodFactoryImpl
