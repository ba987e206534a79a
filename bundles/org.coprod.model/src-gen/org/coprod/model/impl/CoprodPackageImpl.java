/**
 */
package org.coprod.model.impl;

import org.coprod.model.Actor;
import org.coprod.model.ActorType;
import org.coprod.model.AssignedBy;
import org.coprod.model.Benefit;
import org.coprod.model.BenefitClaim;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CaseType;
import org.coprod.model.CoProducerType;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.CodeSummary;
import org.coprod.model.Codebook;
import org.coprod.model.CodedRecord;
import org.coprod.model.Coder;
import org.coprod.model.Collector;
import org.coprod.model.Confidence;
import org.coprod.model.ContributionKind;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.DataActivity;
import org.coprod.model.DefinitionLens;
import org.coprod.model.DiffusionLink;
import org.coprod.model.DiffusionMechanism;
import org.coprod.model.DimensionValue;
import org.coprod.model.Document;
import org.coprod.model.Driver;
import org.coprod.model.DriverCoding;
import org.coprod.model.Evidence;
import org.coprod.model.EvidenceType;
import org.coprod.model.InitiatorMode;
import org.coprod.model.Level;
import org.coprod.model.Limitation;
import org.coprod.model.LimitationClaim;
import org.coprod.model.Memo;
import org.coprod.model.NetworkLevel;
import org.coprod.model.Note;
import org.coprod.model.Outcome;
import org.coprod.model.OutcomeDomain;
import org.coprod.model.Phase;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.ResourceContribution;
import org.coprod.model.Role;
import org.coprod.model.RoleKind;
import org.coprod.model.Sector;
import org.coprod.model.Segment;
import org.coprod.model.Source;
import org.coprod.model.SourceRef;
import org.coprod.model.StateStance;
import org.coprod.model.StrategyContext;
import org.coprod.model.Typology;
import org.coprod.model.TypologyCell;
import org.coprod.model.TypologyCoding;
import org.coprod.model.TypologyDimension;
import org.coprod.model.ValueChainStage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CoprodPackageImpl extends EPackageImpl implements CoprodPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseLibraryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typologyDimensionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dimensionValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typologyCellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass typologyCodingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass driverCodingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass politicalProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceContributionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass benefitClaimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limitationClaimEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diffusionLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codedRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codableTextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codebookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiatorModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum valueChainStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driverEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assignedByEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confidenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contributionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outcomeDomainEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum collectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum benefitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum limitationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strategyContextEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum levelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stateStanceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum networkLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataActivityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diffusionMechanismEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum definitionLensEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum coProducerTypeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.coprod.model.CoprodPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CoprodPackageImpl() {
		super(eNS_URI, CoprodFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CoprodPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CoprodPackage init() {
		if (isInited) return (CoprodPackage)EPackage.Registry.INSTANCE.getEPackage(CoprodPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCoprodPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CoprodPackageImpl theCoprodPackage = registeredCoprodPackage instanceof CoprodPackageImpl ? (CoprodPackageImpl)registeredCoprodPackage : new CoprodPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCoprodPackage.createPackageContents();

		// Initialize created meta-data
		theCoprodPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCoprodPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CoprodPackage.eNS_URI, theCoprodPackage);
		return theCoprodPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseLibrary() {
		return caseLibraryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseLibrary_Name() {
		return (EAttribute)caseLibraryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseLibrary_Description() {
		return (EAttribute)caseLibraryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseLibrary_FormatVersion() {
		return (EAttribute)caseLibraryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Typologies() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Actors() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Sources() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Coders() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Documents() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Codebook() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseLibrary_Cases() {
		return (EReference)caseLibraryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypology() {
		return typologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypology_Id() {
		return (EAttribute)typologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypology_Name() {
		return (EAttribute)typologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypology_Description() {
		return (EAttribute)typologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypology_BuiltIn() {
		return (EAttribute)typologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypology_Dimensions() {
		return (EReference)typologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypology_Cells() {
		return (EReference)typologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypologyDimension() {
		return typologyDimensionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyDimension_Id() {
		return (EAttribute)typologyDimensionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyDimension_Name() {
		return (EAttribute)typologyDimensionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypologyDimension_Values() {
		return (EReference)typologyDimensionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDimensionValue() {
		return dimensionValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionValue_Id() {
		return (EAttribute)dimensionValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionValue_Code() {
		return (EAttribute)dimensionValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionValue_Label() {
		return (EAttribute)dimensionValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionValue_Definition() {
		return (EAttribute)dimensionValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDimensionValue_Guidance() {
		return (EAttribute)dimensionValueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypologyCell() {
		return typologyCellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Id() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Code() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Name() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypologyCell_Values() {
		return (EReference)typologyCellEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Applicable() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Exemplars() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Synonyms() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCell_Description() {
		return (EAttribute)typologyCellEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCase() {
		return caseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Id() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Name() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Aliases() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Summary() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Countries() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Places() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Sectors() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_PeriodStart() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_PeriodEnd() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Ongoing() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_PeriodNote() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Parent() {
		return (EReference)caseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_CaseType() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_InitiatorMode() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Context() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Scale() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_CoProducers() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_MeetsDefinitions() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Phases() {
		return (EReference)caseEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Codings() {
		return (EReference)caseEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Roles() {
		return (EReference)caseEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Drivers() {
		return (EReference)caseEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_PoliticalProfile() {
		return (EReference)caseEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Contributions() {
		return (EReference)caseEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Outcomes() {
		return (EReference)caseEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Evidence() {
		return (EReference)caseEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Benefits() {
		return (EReference)caseEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Limitations() {
		return (EReference)caseEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Diffusion() {
		return (EReference)caseEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Notes() {
		return (EReference)caseEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Sources() {
		return (EReference)caseEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Documents() {
		return (EReference)caseEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Segments() {
		return (EReference)caseEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Memos() {
		return (EReference)caseEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_CodeSummaries() {
		return (EReference)caseEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhase() {
		return phaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhase_Id() {
		return (EAttribute)phaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhase_Label() {
		return (EAttribute)phaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhase_StartYear() {
		return (EAttribute)phaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhase_EndYear() {
		return (EAttribute)phaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhase_Description() {
		return (EAttribute)phaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTypologyCoding() {
		return typologyCodingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypologyCoding_Cell() {
		return (EReference)typologyCodingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypologyCoding_Phase() {
		return (EReference)typologyCodingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCoding_Component() {
		return (EAttribute)typologyCodingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCoding_AssignedBy() {
		return (EAttribute)typologyCodingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCoding_Confidence() {
		return (EAttribute)typologyCodingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTypologyCoding_Justification() {
		return (EAttribute)typologyCodingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTypologyCoding_Source() {
		return (EReference)typologyCodingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor() {
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Id() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Name() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Aliases() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Type() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Country() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_Parent() {
		return (EReference)actorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Description() {
		return (EAttribute)actorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Actor() {
		return (EReference)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Kind() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Stages() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Phase() {
		return (EReference)roleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Component() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_StartYear() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_EndYear() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Description() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Source() {
		return (EReference)roleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDriverCoding() {
		return driverCodingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverCoding_Driver() {
		return (EAttribute)driverCodingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverCoding_AssignedBy() {
		return (EAttribute)driverCodingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverCoding_Confidence() {
		return (EAttribute)driverCodingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDriverCoding_Justification() {
		return (EAttribute)driverCodingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDriverCoding_Source() {
		return (EReference)driverCodingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPoliticalProfile() {
		return politicalProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_StrategyContexts() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_ClientelistContext() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_PatronTypes() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_ExchangeGoods() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_StateStance() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_AgreementType() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_ConfrontationLevel() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_CooptationRisk() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_NetworkLevel() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_Affiliation() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_SavingsScheme() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_SavingsMembers() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_WomenSharePercent() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_Funds() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_DataActivities() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_Precedent() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_AccountabilityMechanisms() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPoliticalProfile_Constituency() {
		return (EAttribute)politicalProfileEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPoliticalProfile_Source() {
		return (EReference)politicalProfileEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceContribution() {
		return resourceContributionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceContribution_Actor() {
		return (EReference)resourceContributionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Kind() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Amount() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Currency() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Year() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Component() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceContribution_Description() {
		return (EAttribute)resourceContributionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceContribution_Source() {
		return (EReference)resourceContributionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutcome() {
		return outcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Domain() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Indicator() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Value() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Unit() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Baseline() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Year() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutcome_Description() {
		return (EAttribute)outcomeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcome_Evidence() {
		return (EReference)outcomeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutcome_Source() {
		return (EReference)outcomeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Id() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Type() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Method() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Collector() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Date() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_HasComparison() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Description() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Source() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBenefitClaim() {
		return benefitClaimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitClaim_Benefit() {
		return (EAttribute)benefitClaimEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBenefitClaim_Note() {
		return (EAttribute)benefitClaimEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBenefitClaim_Source() {
		return (EReference)benefitClaimEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimitationClaim() {
		return limitationClaimEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitationClaim_Limitation() {
		return (EAttribute)limitationClaimEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLimitationClaim_Note() {
		return (EAttribute)limitationClaimEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimitationClaim_Source() {
		return (EReference)limitationClaimEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiffusionLink() {
		return diffusionLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiffusionLink_ToCase() {
		return (EReference)diffusionLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffusionLink_ToCountry() {
		return (EAttribute)diffusionLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffusionLink_Mechanism() {
		return (EAttribute)diffusionLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffusionLink_Year() {
		return (EAttribute)diffusionLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiffusionLink_Description() {
		return (EAttribute)diffusionLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNote() {
		return noteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Title() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Text() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Author() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Date() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Language() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource() {
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Id() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Citation() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_ShortTitle() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Authors() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Year() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Document() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url() {
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceRef() {
		return sourceRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceRef_Source() {
		return (EReference)sourceRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Locator() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceRef_Quote() {
		return (EAttribute)sourceRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodedRecord() {
		return codedRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodedRecord_Coder() {
		return (EReference)codedRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodedRecord_CodedOn() {
		return (EAttribute)codedRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodedRecord_Segments() {
		return (EReference)codedRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoder() {
		return coderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoder_Id() {
		return (EAttribute)coderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoder_Name() {
		return (EAttribute)coderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoder_Initials() {
		return (EAttribute)coderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodableText() {
		return codableTextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodableText_Id() {
		return (EAttribute)codableTextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocument() {
		return documentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Title() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Language() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocument_Source() {
		return (EReference)documentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Imported() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_OriginalFile() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_TextDigest() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocument_Length() {
		return (EAttribute)documentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocument_Memos() {
		return (EReference)documentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodebook() {
		return codebookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodebook_Codes() {
		return (EReference)codebookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCode() {
		return codeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Id() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Name() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Definition() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Colour() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Codable() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCode_Parent() {
		return (EReference)codeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_BuiltIn() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCode_Memos() {
		return (EReference)codeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Id() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Text() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Start() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_End() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Quote() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Codes() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Coder() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_CodedOn() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Memo() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemo() {
		return memoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemo_Id() {
		return (EAttribute)memoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemo_Text() {
		return (EAttribute)memoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMemo_Author() {
		return (EReference)memoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemo_Date() {
		return (EAttribute)memoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodeSummary() {
		return codeSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodeSummary_Code() {
		return (EReference)codeSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodeSummary_Text() {
		return (EAttribute)codeSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodeSummary_Author() {
		return (EReference)codeSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodeSummary_Date() {
		return (EAttribute)codeSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseType() {
		return caseTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiatorMode() {
		return initiatorModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSector() {
		return sectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getValueChainStage() {
		return valueChainStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoleKind() {
		return roleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActorType() {
		return actorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriver() {
		return driverEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssignedBy() {
		return assignedByEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfidence() {
		return confidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContributionKind() {
		return contributionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutcomeDomain() {
		return outcomeDomainEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceType() {
		return evidenceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCollector() {
		return collectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBenefit() {
		return benefitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLimitation() {
		return limitationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrategyContext() {
		return strategyContextEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLevel() {
		return levelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStateStance() {
		return stateStanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNetworkLevel() {
		return networkLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataActivity() {
		return dataActivityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiffusionMechanism() {
		return diffusionMechanismEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDefinitionLens() {
		return definitionLensEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCoProducerType() {
		return coProducerTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoprodFactory getCoprodFactory() {
		return (CoprodFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		caseLibraryEClass = createEClass(CASE_LIBRARY);
		createEAttribute(caseLibraryEClass, CASE_LIBRARY__NAME);
		createEAttribute(caseLibraryEClass, CASE_LIBRARY__DESCRIPTION);
		createEAttribute(caseLibraryEClass, CASE_LIBRARY__FORMAT_VERSION);
		createEReference(caseLibraryEClass, CASE_LIBRARY__TYPOLOGIES);
		createEReference(caseLibraryEClass, CASE_LIBRARY__ACTORS);
		createEReference(caseLibraryEClass, CASE_LIBRARY__SOURCES);
		createEReference(caseLibraryEClass, CASE_LIBRARY__CODERS);
		createEReference(caseLibraryEClass, CASE_LIBRARY__DOCUMENTS);
		createEReference(caseLibraryEClass, CASE_LIBRARY__CODEBOOK);
		createEReference(caseLibraryEClass, CASE_LIBRARY__CASES);

		typologyEClass = createEClass(TYPOLOGY);
		createEAttribute(typologyEClass, TYPOLOGY__ID);
		createEAttribute(typologyEClass, TYPOLOGY__NAME);
		createEAttribute(typologyEClass, TYPOLOGY__DESCRIPTION);
		createEAttribute(typologyEClass, TYPOLOGY__BUILT_IN);
		createEReference(typologyEClass, TYPOLOGY__DIMENSIONS);
		createEReference(typologyEClass, TYPOLOGY__CELLS);

		typologyDimensionEClass = createEClass(TYPOLOGY_DIMENSION);
		createEAttribute(typologyDimensionEClass, TYPOLOGY_DIMENSION__ID);
		createEAttribute(typologyDimensionEClass, TYPOLOGY_DIMENSION__NAME);
		createEReference(typologyDimensionEClass, TYPOLOGY_DIMENSION__VALUES);

		dimensionValueEClass = createEClass(DIMENSION_VALUE);
		createEAttribute(dimensionValueEClass, DIMENSION_VALUE__ID);
		createEAttribute(dimensionValueEClass, DIMENSION_VALUE__CODE);
		createEAttribute(dimensionValueEClass, DIMENSION_VALUE__LABEL);
		createEAttribute(dimensionValueEClass, DIMENSION_VALUE__DEFINITION);
		createEAttribute(dimensionValueEClass, DIMENSION_VALUE__GUIDANCE);

		typologyCellEClass = createEClass(TYPOLOGY_CELL);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__ID);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__CODE);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__NAME);
		createEReference(typologyCellEClass, TYPOLOGY_CELL__VALUES);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__APPLICABLE);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__EXEMPLARS);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__SYNONYMS);
		createEAttribute(typologyCellEClass, TYPOLOGY_CELL__DESCRIPTION);

		caseEClass = createEClass(CASE);
		createEAttribute(caseEClass, CASE__ID);
		createEAttribute(caseEClass, CASE__NAME);
		createEAttribute(caseEClass, CASE__ALIASES);
		createEAttribute(caseEClass, CASE__SUMMARY);
		createEAttribute(caseEClass, CASE__COUNTRIES);
		createEAttribute(caseEClass, CASE__PLACES);
		createEAttribute(caseEClass, CASE__SECTORS);
		createEAttribute(caseEClass, CASE__PERIOD_START);
		createEAttribute(caseEClass, CASE__PERIOD_END);
		createEAttribute(caseEClass, CASE__ONGOING);
		createEAttribute(caseEClass, CASE__PERIOD_NOTE);
		createEReference(caseEClass, CASE__PARENT);
		createEAttribute(caseEClass, CASE__CASE_TYPE);
		createEAttribute(caseEClass, CASE__INITIATOR_MODE);
		createEAttribute(caseEClass, CASE__CONTEXT);
		createEAttribute(caseEClass, CASE__SCALE);
		createEAttribute(caseEClass, CASE__CO_PRODUCERS);
		createEAttribute(caseEClass, CASE__MEETS_DEFINITIONS);
		createEReference(caseEClass, CASE__PHASES);
		createEReference(caseEClass, CASE__CODINGS);
		createEReference(caseEClass, CASE__ROLES);
		createEReference(caseEClass, CASE__DRIVERS);
		createEReference(caseEClass, CASE__POLITICAL_PROFILE);
		createEReference(caseEClass, CASE__CONTRIBUTIONS);
		createEReference(caseEClass, CASE__OUTCOMES);
		createEReference(caseEClass, CASE__EVIDENCE);
		createEReference(caseEClass, CASE__BENEFITS);
		createEReference(caseEClass, CASE__LIMITATIONS);
		createEReference(caseEClass, CASE__DIFFUSION);
		createEReference(caseEClass, CASE__NOTES);
		createEReference(caseEClass, CASE__SOURCES);
		createEReference(caseEClass, CASE__DOCUMENTS);
		createEReference(caseEClass, CASE__SEGMENTS);
		createEReference(caseEClass, CASE__MEMOS);
		createEReference(caseEClass, CASE__CODE_SUMMARIES);

		phaseEClass = createEClass(PHASE);
		createEAttribute(phaseEClass, PHASE__ID);
		createEAttribute(phaseEClass, PHASE__LABEL);
		createEAttribute(phaseEClass, PHASE__START_YEAR);
		createEAttribute(phaseEClass, PHASE__END_YEAR);
		createEAttribute(phaseEClass, PHASE__DESCRIPTION);

		typologyCodingEClass = createEClass(TYPOLOGY_CODING);
		createEReference(typologyCodingEClass, TYPOLOGY_CODING__CELL);
		createEReference(typologyCodingEClass, TYPOLOGY_CODING__PHASE);
		createEAttribute(typologyCodingEClass, TYPOLOGY_CODING__COMPONENT);
		createEAttribute(typologyCodingEClass, TYPOLOGY_CODING__ASSIGNED_BY);
		createEAttribute(typologyCodingEClass, TYPOLOGY_CODING__CONFIDENCE);
		createEAttribute(typologyCodingEClass, TYPOLOGY_CODING__JUSTIFICATION);
		createEReference(typologyCodingEClass, TYPOLOGY_CODING__SOURCE);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__ID);
		createEAttribute(actorEClass, ACTOR__NAME);
		createEAttribute(actorEClass, ACTOR__ALIASES);
		createEAttribute(actorEClass, ACTOR__TYPE);
		createEAttribute(actorEClass, ACTOR__COUNTRY);
		createEReference(actorEClass, ACTOR__PARENT);
		createEAttribute(actorEClass, ACTOR__DESCRIPTION);

		roleEClass = createEClass(ROLE);
		createEReference(roleEClass, ROLE__ACTOR);
		createEAttribute(roleEClass, ROLE__KIND);
		createEAttribute(roleEClass, ROLE__STAGES);
		createEReference(roleEClass, ROLE__PHASE);
		createEAttribute(roleEClass, ROLE__COMPONENT);
		createEAttribute(roleEClass, ROLE__START_YEAR);
		createEAttribute(roleEClass, ROLE__END_YEAR);
		createEAttribute(roleEClass, ROLE__DESCRIPTION);
		createEReference(roleEClass, ROLE__SOURCE);

		driverCodingEClass = createEClass(DRIVER_CODING);
		createEAttribute(driverCodingEClass, DRIVER_CODING__DRIVER);
		createEAttribute(driverCodingEClass, DRIVER_CODING__ASSIGNED_BY);
		createEAttribute(driverCodingEClass, DRIVER_CODING__CONFIDENCE);
		createEAttribute(driverCodingEClass, DRIVER_CODING__JUSTIFICATION);
		createEReference(driverCodingEClass, DRIVER_CODING__SOURCE);

		politicalProfileEClass = createEClass(POLITICAL_PROFILE);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__STRATEGY_CONTEXTS);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__CLIENTELIST_CONTEXT);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__PATRON_TYPES);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__EXCHANGE_GOODS);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__STATE_STANCE);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__AGREEMENT_TYPE);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__CONFRONTATION_LEVEL);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__COOPTATION_RISK);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__NETWORK_LEVEL);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__AFFILIATION);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__SAVINGS_SCHEME);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__SAVINGS_MEMBERS);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__WOMEN_SHARE_PERCENT);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__FUNDS);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__DATA_ACTIVITIES);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__PRECEDENT);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS);
		createEAttribute(politicalProfileEClass, POLITICAL_PROFILE__CONSTITUENCY);
		createEReference(politicalProfileEClass, POLITICAL_PROFILE__SOURCE);

		resourceContributionEClass = createEClass(RESOURCE_CONTRIBUTION);
		createEReference(resourceContributionEClass, RESOURCE_CONTRIBUTION__ACTOR);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__KIND);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__AMOUNT);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__CURRENCY);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__YEAR);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__COMPONENT);
		createEAttribute(resourceContributionEClass, RESOURCE_CONTRIBUTION__DESCRIPTION);
		createEReference(resourceContributionEClass, RESOURCE_CONTRIBUTION__SOURCE);

		outcomeEClass = createEClass(OUTCOME);
		createEAttribute(outcomeEClass, OUTCOME__DOMAIN);
		createEAttribute(outcomeEClass, OUTCOME__INDICATOR);
		createEAttribute(outcomeEClass, OUTCOME__VALUE);
		createEAttribute(outcomeEClass, OUTCOME__UNIT);
		createEAttribute(outcomeEClass, OUTCOME__BASELINE);
		createEAttribute(outcomeEClass, OUTCOME__YEAR);
		createEAttribute(outcomeEClass, OUTCOME__DESCRIPTION);
		createEReference(outcomeEClass, OUTCOME__EVIDENCE);
		createEReference(outcomeEClass, OUTCOME__SOURCE);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__ID);
		createEAttribute(evidenceEClass, EVIDENCE__TYPE);
		createEAttribute(evidenceEClass, EVIDENCE__METHOD);
		createEAttribute(evidenceEClass, EVIDENCE__COLLECTOR);
		createEAttribute(evidenceEClass, EVIDENCE__DATE);
		createEAttribute(evidenceEClass, EVIDENCE__HAS_COMPARISON);
		createEAttribute(evidenceEClass, EVIDENCE__DESCRIPTION);
		createEReference(evidenceEClass, EVIDENCE__SOURCE);

		benefitClaimEClass = createEClass(BENEFIT_CLAIM);
		createEAttribute(benefitClaimEClass, BENEFIT_CLAIM__BENEFIT);
		createEAttribute(benefitClaimEClass, BENEFIT_CLAIM__NOTE);
		createEReference(benefitClaimEClass, BENEFIT_CLAIM__SOURCE);

		limitationClaimEClass = createEClass(LIMITATION_CLAIM);
		createEAttribute(limitationClaimEClass, LIMITATION_CLAIM__LIMITATION);
		createEAttribute(limitationClaimEClass, LIMITATION_CLAIM__NOTE);
		createEReference(limitationClaimEClass, LIMITATION_CLAIM__SOURCE);

		diffusionLinkEClass = createEClass(DIFFUSION_LINK);
		createEReference(diffusionLinkEClass, DIFFUSION_LINK__TO_CASE);
		createEAttribute(diffusionLinkEClass, DIFFUSION_LINK__TO_COUNTRY);
		createEAttribute(diffusionLinkEClass, DIFFUSION_LINK__MECHANISM);
		createEAttribute(diffusionLinkEClass, DIFFUSION_LINK__YEAR);
		createEAttribute(diffusionLinkEClass, DIFFUSION_LINK__DESCRIPTION);

		noteEClass = createEClass(NOTE);
		createEAttribute(noteEClass, NOTE__TITLE);
		createEAttribute(noteEClass, NOTE__TEXT);
		createEAttribute(noteEClass, NOTE__AUTHOR);
		createEAttribute(noteEClass, NOTE__DATE);
		createEAttribute(noteEClass, NOTE__LANGUAGE);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__ID);
		createEAttribute(sourceEClass, SOURCE__CITATION);
		createEAttribute(sourceEClass, SOURCE__SHORT_TITLE);
		createEAttribute(sourceEClass, SOURCE__AUTHORS);
		createEAttribute(sourceEClass, SOURCE__YEAR);
		createEAttribute(sourceEClass, SOURCE__DOCUMENT);
		createEAttribute(sourceEClass, SOURCE__URL);

		sourceRefEClass = createEClass(SOURCE_REF);
		createEReference(sourceRefEClass, SOURCE_REF__SOURCE);
		createEAttribute(sourceRefEClass, SOURCE_REF__LOCATOR);
		createEAttribute(sourceRefEClass, SOURCE_REF__QUOTE);

		codedRecordEClass = createEClass(CODED_RECORD);
		createEReference(codedRecordEClass, CODED_RECORD__CODER);
		createEAttribute(codedRecordEClass, CODED_RECORD__CODED_ON);
		createEReference(codedRecordEClass, CODED_RECORD__SEGMENTS);

		coderEClass = createEClass(CODER);
		createEAttribute(coderEClass, CODER__ID);
		createEAttribute(coderEClass, CODER__NAME);
		createEAttribute(coderEClass, CODER__INITIALS);

		codableTextEClass = createEClass(CODABLE_TEXT);
		createEAttribute(codableTextEClass, CODABLE_TEXT__ID);

		documentEClass = createEClass(DOCUMENT);
		createEAttribute(documentEClass, DOCUMENT__TITLE);
		createEAttribute(documentEClass, DOCUMENT__LANGUAGE);
		createEReference(documentEClass, DOCUMENT__SOURCE);
		createEAttribute(documentEClass, DOCUMENT__IMPORTED);
		createEAttribute(documentEClass, DOCUMENT__ORIGINAL_FILE);
		createEAttribute(documentEClass, DOCUMENT__TEXT_DIGEST);
		createEAttribute(documentEClass, DOCUMENT__LENGTH);
		createEReference(documentEClass, DOCUMENT__MEMOS);

		codebookEClass = createEClass(CODEBOOK);
		createEReference(codebookEClass, CODEBOOK__CODES);

		codeEClass = createEClass(CODE);
		createEAttribute(codeEClass, CODE__ID);
		createEAttribute(codeEClass, CODE__NAME);
		createEAttribute(codeEClass, CODE__DEFINITION);
		createEAttribute(codeEClass, CODE__COLOUR);
		createEAttribute(codeEClass, CODE__CODABLE);
		createEReference(codeEClass, CODE__PARENT);
		createEAttribute(codeEClass, CODE__BUILT_IN);
		createEReference(codeEClass, CODE__MEMOS);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__ID);
		createEReference(segmentEClass, SEGMENT__TEXT);
		createEAttribute(segmentEClass, SEGMENT__START);
		createEAttribute(segmentEClass, SEGMENT__END);
		createEAttribute(segmentEClass, SEGMENT__QUOTE);
		createEReference(segmentEClass, SEGMENT__CODES);
		createEReference(segmentEClass, SEGMENT__CODER);
		createEAttribute(segmentEClass, SEGMENT__CODED_ON);
		createEReference(segmentEClass, SEGMENT__MEMO);

		memoEClass = createEClass(MEMO);
		createEAttribute(memoEClass, MEMO__ID);
		createEAttribute(memoEClass, MEMO__TEXT);
		createEReference(memoEClass, MEMO__AUTHOR);
		createEAttribute(memoEClass, MEMO__DATE);

		codeSummaryEClass = createEClass(CODE_SUMMARY);
		createEReference(codeSummaryEClass, CODE_SUMMARY__CODE);
		createEAttribute(codeSummaryEClass, CODE_SUMMARY__TEXT);
		createEReference(codeSummaryEClass, CODE_SUMMARY__AUTHOR);
		createEAttribute(codeSummaryEClass, CODE_SUMMARY__DATE);

		// Create enums
		caseTypeEEnum = createEEnum(CASE_TYPE);
		initiatorModeEEnum = createEEnum(INITIATOR_MODE);
		sectorEEnum = createEEnum(SECTOR);
		valueChainStageEEnum = createEEnum(VALUE_CHAIN_STAGE);
		roleKindEEnum = createEEnum(ROLE_KIND);
		actorTypeEEnum = createEEnum(ACTOR_TYPE);
		driverEEnum = createEEnum(DRIVER);
		assignedByEEnum = createEEnum(ASSIGNED_BY);
		confidenceEEnum = createEEnum(CONFIDENCE);
		contributionKindEEnum = createEEnum(CONTRIBUTION_KIND);
		outcomeDomainEEnum = createEEnum(OUTCOME_DOMAIN);
		evidenceTypeEEnum = createEEnum(EVIDENCE_TYPE);
		collectorEEnum = createEEnum(COLLECTOR);
		benefitEEnum = createEEnum(BENEFIT);
		limitationEEnum = createEEnum(LIMITATION);
		strategyContextEEnum = createEEnum(STRATEGY_CONTEXT);
		levelEEnum = createEEnum(LEVEL);
		stateStanceEEnum = createEEnum(STATE_STANCE);
		networkLevelEEnum = createEEnum(NETWORK_LEVEL);
		dataActivityEEnum = createEEnum(DATA_ACTIVITY);
		diffusionMechanismEEnum = createEEnum(DIFFUSION_MECHANISM);
		definitionLensEEnum = createEEnum(DEFINITION_LENS);
		coProducerTypeEEnum = createEEnum(CO_PRODUCER_TYPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		typologyCodingEClass.getESuperTypes().add(this.getCodedRecord());
		driverCodingEClass.getESuperTypes().add(this.getCodedRecord());
		outcomeEClass.getESuperTypes().add(this.getCodedRecord());
		benefitClaimEClass.getESuperTypes().add(this.getCodedRecord());
		limitationClaimEClass.getESuperTypes().add(this.getCodedRecord());
		noteEClass.getESuperTypes().add(this.getCodableText());
		documentEClass.getESuperTypes().add(this.getCodableText());

		// Initialize classes, features, and operations; add parameters
		initEClass(caseLibraryEClass, CaseLibrary.class, "CaseLibrary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseLibrary_Name(), ecorePackage.getEString(), "name", null, 0, 1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseLibrary_Description(), ecorePackage.getEString(), "description", null, 0, 1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseLibrary_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "0", 0, 1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Typologies(), this.getTypology(), null, "typologies", null, 0, -1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Actors(), this.getActor(), null, "actors", null, 0, -1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Sources(), this.getSource(), null, "sources", null, 0, -1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Coders(), this.getCoder(), null, "coders", null, 0, -1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Documents(), this.getDocument(), null, "documents", null, 0, -1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Codebook(), this.getCodebook(), null, "codebook", null, 0, 1, CaseLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseLibrary_Cases(), this.getCase(), null, "cases", null, 0, -1, CaseLibrary.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typologyEClass, Typology.class, "Typology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTypology_Id(), ecorePackage.getEString(), "id", null, 0, 1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypology_Name(), ecorePackage.getEString(), "name", null, 0, 1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypology_Description(), ecorePackage.getEString(), "description", null, 0, 1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypology_BuiltIn(), ecorePackage.getEBoolean(), "builtIn", null, 0, 1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypology_Dimensions(), this.getTypologyDimension(), null, "dimensions", null, 0, -1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypology_Cells(), this.getTypologyCell(), null, "cells", null, 0, -1, Typology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typologyDimensionEClass, TypologyDimension.class, "TypologyDimension", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTypologyDimension_Id(), ecorePackage.getEString(), "id", null, 0, 1, TypologyDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyDimension_Name(), ecorePackage.getEString(), "name", null, 0, 1, TypologyDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypologyDimension_Values(), this.getDimensionValue(), null, "values", null, 0, -1, TypologyDimension.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dimensionValueEClass, DimensionValue.class, "DimensionValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDimensionValue_Id(), ecorePackage.getEString(), "id", null, 0, 1, DimensionValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionValue_Code(), ecorePackage.getEString(), "code", null, 0, 1, DimensionValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionValue_Label(), ecorePackage.getEString(), "label", null, 0, 1, DimensionValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionValue_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, DimensionValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDimensionValue_Guidance(), ecorePackage.getEString(), "guidance", null, 0, 1, DimensionValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typologyCellEClass, TypologyCell.class, "TypologyCell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTypologyCell_Id(), ecorePackage.getEString(), "id", null, 0, 1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Code(), ecorePackage.getEString(), "code", null, 0, 1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Name(), ecorePackage.getEString(), "name", null, 0, 1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypologyCell_Values(), this.getDimensionValue(), null, "values", null, 0, -1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Applicable(), ecorePackage.getEBoolean(), "applicable", "true", 0, 1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Exemplars(), ecorePackage.getEString(), "exemplars", null, 0, -1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Synonyms(), ecorePackage.getEString(), "synonyms", null, 0, -1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCell_Description(), ecorePackage.getEString(), "description", null, 0, 1, TypologyCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseEClass, Case.class, "Case", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCase_Id(), ecorePackage.getEString(), "id", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Name(), ecorePackage.getEString(), "name", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Countries(), ecorePackage.getEString(), "countries", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Places(), ecorePackage.getEString(), "places", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Sectors(), this.getSector(), "sectors", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_PeriodStart(), ecorePackage.getEIntegerObject(), "periodStart", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_PeriodEnd(), ecorePackage.getEIntegerObject(), "periodEnd", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Ongoing(), ecorePackage.getEBoolean(), "ongoing", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_PeriodNote(), ecorePackage.getEString(), "periodNote", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Parent(), this.getCase(), null, "parent", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_CaseType(), this.getCaseType(), "caseType", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_InitiatorMode(), this.getInitiatorMode(), "initiatorMode", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Context(), ecorePackage.getEString(), "context", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Scale(), ecorePackage.getEString(), "scale", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_CoProducers(), this.getCoProducerType(), "coProducers", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_MeetsDefinitions(), this.getDefinitionLens(), "meetsDefinitions", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Phases(), this.getPhase(), null, "phases", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Codings(), this.getTypologyCoding(), null, "codings", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Roles(), this.getRole(), null, "roles", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Drivers(), this.getDriverCoding(), null, "drivers", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_PoliticalProfile(), this.getPoliticalProfile(), null, "politicalProfile", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Contributions(), this.getResourceContribution(), null, "contributions", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Outcomes(), this.getOutcome(), null, "outcomes", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Benefits(), this.getBenefitClaim(), null, "benefits", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Limitations(), this.getLimitationClaim(), null, "limitations", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Diffusion(), this.getDiffusionLink(), null, "diffusion", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Notes(), this.getNote(), null, "notes", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Sources(), this.getSourceRef(), null, "sources", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Documents(), this.getDocument(), null, "documents", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Segments(), this.getSegment(), null, "segments", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Memos(), this.getMemo(), null, "memos", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_CodeSummaries(), this.getCodeSummary(), null, "codeSummaries", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(phaseEClass, Phase.class, "Phase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhase_Id(), ecorePackage.getEString(), "id", null, 0, 1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhase_Label(), ecorePackage.getEString(), "label", null, 0, 1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhase_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhase_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhase_Description(), ecorePackage.getEString(), "description", null, 0, 1, Phase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(typologyCodingEClass, TypologyCoding.class, "TypologyCoding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTypologyCoding_Cell(), this.getTypologyCell(), null, "cell", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypologyCoding_Phase(), this.getPhase(), null, "phase", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCoding_Component(), ecorePackage.getEString(), "component", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCoding_AssignedBy(), this.getAssignedBy(), "assignedBy", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCoding_Confidence(), this.getConfidence(), "confidence", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTypologyCoding_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTypologyCoding_Source(), this.getSourceRef(), null, "source", null, 0, 1, TypologyCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorEClass, Actor.class, "Actor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_Id(), ecorePackage.getEString(), "id", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Type(), this.getActorType(), "type", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Country(), ecorePackage.getEString(), "country", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_Parent(), this.getActor(), null, "parent", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Description(), ecorePackage.getEString(), "description", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRole_Actor(), this.getActor(), null, "actor", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Kind(), this.getRoleKind(), "kind", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Stages(), this.getValueChainStage(), "stages", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_Phase(), this.getPhase(), null, "phase", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Component(), ecorePackage.getEString(), "component", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Description(), ecorePackage.getEString(), "description", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRole_Source(), this.getSourceRef(), null, "source", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(driverCodingEClass, DriverCoding.class, "DriverCoding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDriverCoding_Driver(), this.getDriver(), "driver", null, 0, 1, DriverCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverCoding_AssignedBy(), this.getAssignedBy(), "assignedBy", null, 0, 1, DriverCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverCoding_Confidence(), this.getConfidence(), "confidence", null, 0, 1, DriverCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDriverCoding_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, DriverCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDriverCoding_Source(), this.getSourceRef(), null, "source", null, 0, 1, DriverCoding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(politicalProfileEClass, PoliticalProfile.class, "PoliticalProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPoliticalProfile_StrategyContexts(), this.getStrategyContext(), "strategyContexts", null, 0, -1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_ClientelistContext(), this.getLevel(), "clientelistContext", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_PatronTypes(), ecorePackage.getEString(), "patronTypes", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_ExchangeGoods(), ecorePackage.getEString(), "exchangeGoods", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_StateStance(), this.getStateStance(), "stateStance", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_AgreementType(), ecorePackage.getEString(), "agreementType", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_ConfrontationLevel(), this.getLevel(), "confrontationLevel", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_CooptationRisk(), this.getLevel(), "cooptationRisk", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_NetworkLevel(), this.getNetworkLevel(), "networkLevel", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_Affiliation(), ecorePackage.getEString(), "affiliation", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_SavingsScheme(), ecorePackage.getEBoolean(), "savingsScheme", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_SavingsMembers(), ecorePackage.getEIntegerObject(), "savingsMembers", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_WomenSharePercent(), ecorePackage.getEIntegerObject(), "womenSharePercent", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_Funds(), ecorePackage.getEString(), "funds", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_DataActivities(), this.getDataActivity(), "dataActivities", null, 0, -1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_Precedent(), ecorePackage.getEString(), "precedent", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_AccountabilityMechanisms(), ecorePackage.getEString(), "accountabilityMechanisms", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPoliticalProfile_Constituency(), ecorePackage.getEString(), "constituency", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPoliticalProfile_Source(), this.getSourceRef(), null, "source", null, 0, 1, PoliticalProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourceContributionEClass, ResourceContribution.class, "ResourceContribution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getResourceContribution_Actor(), this.getActor(), null, "actor", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Kind(), this.getContributionKind(), "kind", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Amount(), ecorePackage.getEDoubleObject(), "amount", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Component(), ecorePackage.getEString(), "component", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResourceContribution_Description(), ecorePackage.getEString(), "description", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResourceContribution_Source(), this.getSourceRef(), null, "source", null, 0, 1, ResourceContribution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outcomeEClass, Outcome.class, "Outcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOutcome_Domain(), this.getOutcomeDomain(), "domain", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Indicator(), ecorePackage.getEString(), "indicator", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutcome_Description(), ecorePackage.getEString(), "description", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcome_Evidence(), this.getEvidence(), null, "evidence", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOutcome_Source(), this.getSourceRef(), null, "source", null, 0, 1, Outcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidence_Id(), ecorePackage.getEString(), "id", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Type(), this.getEvidenceType(), "type", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Method(), ecorePackage.getEString(), "method", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Collector(), this.getCollector(), "collector", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Date(), ecorePackage.getEString(), "date", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_HasComparison(), ecorePackage.getEBoolean(), "hasComparison", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidence_Description(), ecorePackage.getEString(), "description", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidence_Source(), this.getSourceRef(), null, "source", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(benefitClaimEClass, BenefitClaim.class, "BenefitClaim", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBenefitClaim_Benefit(), this.getBenefit(), "benefit", null, 0, 1, BenefitClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBenefitClaim_Note(), ecorePackage.getEString(), "note", null, 0, 1, BenefitClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBenefitClaim_Source(), this.getSourceRef(), null, "source", null, 0, 1, BenefitClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(limitationClaimEClass, LimitationClaim.class, "LimitationClaim", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLimitationClaim_Limitation(), this.getLimitation(), "limitation", null, 0, 1, LimitationClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLimitationClaim_Note(), ecorePackage.getEString(), "note", null, 0, 1, LimitationClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLimitationClaim_Source(), this.getSourceRef(), null, "source", null, 0, 1, LimitationClaim.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diffusionLinkEClass, DiffusionLink.class, "DiffusionLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDiffusionLink_ToCase(), this.getCase(), null, "toCase", null, 0, 1, DiffusionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffusionLink_ToCountry(), ecorePackage.getEString(), "toCountry", null, 0, 1, DiffusionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffusionLink_Mechanism(), this.getDiffusionMechanism(), "mechanism", null, 0, 1, DiffusionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffusionLink_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, DiffusionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiffusionLink_Description(), ecorePackage.getEString(), "description", null, 0, 1, DiffusionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteEClass, Note.class, "Note", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNote_Title(), ecorePackage.getEString(), "title", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Author(), ecorePackage.getEString(), "author", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Language(), ecorePackage.getEString(), "language", "en", 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Id(), ecorePackage.getEString(), "id", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_ShortTitle(), ecorePackage.getEString(), "shortTitle", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Authors(), ecorePackage.getEString(), "authors", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Document(), ecorePackage.getEString(), "document", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceRefEClass, SourceRef.class, "SourceRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourceRef_Source(), this.getSource(), null, "source", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Locator(), ecorePackage.getEString(), "locator", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceRef_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, SourceRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codedRecordEClass, CodedRecord.class, "CodedRecord", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCodedRecord_Coder(), this.getCoder(), null, "coder", null, 0, 1, CodedRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodedRecord_CodedOn(), ecorePackage.getEDate(), "codedOn", null, 0, 1, CodedRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodedRecord_Segments(), this.getSegment(), null, "segments", null, 0, -1, CodedRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coderEClass, Coder.class, "Coder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoder_Id(), ecorePackage.getEString(), "id", null, 0, 1, Coder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoder_Name(), ecorePackage.getEString(), "name", null, 0, 1, Coder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoder_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, Coder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codableTextEClass, CodableText.class, "CodableText", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCodableText_Id(), ecorePackage.getEString(), "id", null, 0, 1, CodableText.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentEClass, Document.class, "Document", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocument_Title(), ecorePackage.getEString(), "title", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_Language(), ecorePackage.getEString(), "language", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocument_Source(), this.getSource(), null, "source", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_Imported(), ecorePackage.getEDate(), "imported", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_OriginalFile(), ecorePackage.getEString(), "originalFile", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_TextDigest(), ecorePackage.getEString(), "textDigest", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocument_Length(), ecorePackage.getEInt(), "length", null, 0, 1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocument_Memos(), this.getMemo(), null, "memos", null, 0, -1, Document.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codebookEClass, Codebook.class, "Codebook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCodebook_Codes(), this.getCode(), null, "codes", null, 0, -1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeEClass, Code.class, "Code", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCode_Id(), ecorePackage.getEString(), "id", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Name(), ecorePackage.getEString(), "name", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Codable(), ecorePackage.getEBoolean(), "codable", "true", 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCode_Parent(), this.getCode(), null, "parent", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_BuiltIn(), ecorePackage.getEString(), "builtIn", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCode_Memos(), this.getMemo(), null, "memos", null, 0, -1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Text(), this.getCodableText(), null, "text", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Start(), ecorePackage.getEInt(), "start", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_End(), ecorePackage.getEInt(), "end", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Codes(), this.getCode(), null, "codes", null, 0, -1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Coder(), this.getCoder(), null, "coder", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_CodedOn(), ecorePackage.getEDate(), "codedOn", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Memo(), this.getMemo(), null, "memo", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoEClass, Memo.class, "Memo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemo_Id(), ecorePackage.getEString(), "id", null, 0, 1, Memo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemo_Text(), ecorePackage.getEString(), "text", null, 0, 1, Memo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMemo_Author(), this.getCoder(), null, "author", null, 0, 1, Memo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemo_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Memo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeSummaryEClass, CodeSummary.class, "CodeSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCodeSummary_Code(), this.getCode(), null, "code", null, 0, 1, CodeSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodeSummary_Text(), ecorePackage.getEString(), "text", null, 0, 1, CodeSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodeSummary_Author(), this.getCoder(), null, "author", null, 0, 1, CodeSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodeSummary_Date(), ecorePackage.getEDate(), "date", null, 0, 1, CodeSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(caseTypeEEnum, CaseType.class, "CaseType");
		addEEnumLiteral(caseTypeEEnum, CaseType.FULL_CASE_STUDY);
		addEEnumLiteral(caseTypeEEnum, CaseType.EXAMPLE);
		addEEnumLiteral(caseTypeEEnum, CaseType.ORGANISATION_NETWORK);
		addEEnumLiteral(caseTypeEEnum, CaseType.PROGRAMME_POLICY);
		addEEnumLiteral(caseTypeEEnum, CaseType.CAMPAIGN);
		addEEnumLiteral(caseTypeEEnum, CaseType.MENTION);
		addEEnumLiteral(caseTypeEEnum, CaseType.CONTEXT_EVIDENCE);

		initEEnum(initiatorModeEEnum, InitiatorMode.class, "InitiatorMode");
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.UNKNOWN);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.STATE_SPONSORED);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.SELF_ORGANISED_GRASSROOTS);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.NGO_PROFESSIONAL_LED);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.ELITE_BUSINESS);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.COMMUNITY_ORGANISING);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.PRIVATE_PPP);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.MIXED);
		addEEnumLiteral(initiatorModeEEnum, InitiatorMode.NOT_APPLICABLE);

		initEEnum(sectorEEnum, Sector.class, "Sector");
		addEEnumLiteral(sectorEEnum, Sector.HOUSING);
		addEEnumLiteral(sectorEEnum, Sector.TENURE);
		addEEnumLiteral(sectorEEnum, Sector.SANITATION);
		addEEnumLiteral(sectorEEnum, Sector.WATER);
		addEEnumLiteral(sectorEEnum, Sector.HEALTH);
		addEEnumLiteral(sectorEEnum, Sector.SOCIAL_CARE);
		addEEnumLiteral(sectorEEnum, Sector.EDUCATION);
		addEEnumLiteral(sectorEEnum, Sector.CHILDCARE);
		addEEnumLiteral(sectorEEnum, Sector.FAMILY_SUPPORT);
		addEEnumLiteral(sectorEEnum, Sector.BUDGETING);
		addEEnumLiteral(sectorEEnum, Sector.REGENERATION);
		addEEnumLiteral(sectorEEnum, Sector.POLICING);
		addEEnumLiteral(sectorEEnum, Sector.COMMUNITY_SAFETY);
		addEEnumLiteral(sectorEEnum, Sector.COMMUNITY_ORGANISING);
		addEEnumLiteral(sectorEEnum, Sector.EMPLOYMENT);
		addEEnumLiteral(sectorEEnum, Sector.FINANCE);
		addEEnumLiteral(sectorEEnum, Sector.SAVINGS);
		addEEnumLiteral(sectorEEnum, Sector.TRANSPORT);
		addEEnumLiteral(sectorEEnum, Sector.WASTE);
		addEEnumLiteral(sectorEEnum, Sector.ENVIRONMENT);
		addEEnumLiteral(sectorEEnum, Sector.ENERGY);
		addEEnumLiteral(sectorEEnum, Sector.RETAIL);
		addEEnumLiteral(sectorEEnum, Sector.COMMISSIONING);
		addEEnumLiteral(sectorEEnum, Sector.GOVERNANCE);
		addEEnumLiteral(sectorEEnum, Sector.PLANNING);
		addEEnumLiteral(sectorEEnum, Sector.PLANNING_DATA);
		addEEnumLiteral(sectorEEnum, Sector.JUSTICE);
		addEEnumLiteral(sectorEEnum, Sector.CULTURE);
		addEEnumLiteral(sectorEEnum, Sector.LEISURE);
		addEEnumLiteral(sectorEEnum, Sector.TAX);
		addEEnumLiteral(sectorEEnum, Sector.URBAN_SERVICES);
		addEEnumLiteral(sectorEEnum, Sector.UPGRADING);
		addEEnumLiteral(sectorEEnum, Sector.RESETTLEMENT);
		addEEnumLiteral(sectorEEnum, Sector.WELFARE);
		addEEnumLiteral(sectorEEnum, Sector.ADVOCACY);
		addEEnumLiteral(sectorEEnum, Sector.NETWORKING);
		addEEnumLiteral(sectorEEnum, Sector.OTHER);

		initEEnum(valueChainStageEEnum, ValueChainStage.class, "ValueChainStage");
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.PLANNING);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.COMMISSIONING);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.DESIGN);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.MANAGING);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.DELIVERING);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.MONITORING);
		addEEnumLiteral(valueChainStageEEnum, ValueChainStage.EVALUATION);

		initEEnum(roleKindEEnum, RoleKind.class, "RoleKind");
		addEEnumLiteral(roleKindEEnum, RoleKind.PLANNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CO_PLANNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.DESIGNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CO_DESIGNER);
		addEEnumLiteral(roleKindEEnum, RoleKind.COMMISSIONER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CO_COMMISSIONER);
		addEEnumLiteral(roleKindEEnum, RoleKind.MANAGER);
		addEEnumLiteral(roleKindEEnum, RoleKind.DELIVERER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CO_DELIVERER);
		addEEnumLiteral(roleKindEEnum, RoleKind.MONITOR_REGULATOR);
		addEEnumLiteral(roleKindEEnum, RoleKind.EVALUATOR);
		addEEnumLiteral(roleKindEEnum, RoleKind.FUNDER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CO_FINANCIER);
		addEEnumLiteral(roleKindEEnum, RoleKind.LAND_PROVIDER);
		addEEnumLiteral(roleKindEEnum, RoleKind.TECHNICAL_ADVISER);
		addEEnumLiteral(roleKindEEnum, RoleKind.MEDIATOR_BROKER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CATALYST_INITIATOR);
		addEEnumLiteral(roleKindEEnum, RoleKind.NEGOTIATOR_ADVOCATE);
		addEEnumLiteral(roleKindEEnum, RoleKind.DATA_PRODUCER);
		addEEnumLiteral(roleKindEEnum, RoleKind.PATRON);
		addEEnumLiteral(roleKindEEnum, RoleKind.GATEKEEPER_BLOCKER);
		addEEnumLiteral(roleKindEEnum, RoleKind.ALLY_ENDORSER);
		addEEnumLiteral(roleKindEEnum, RoleKind.BENEFICIARY_USER);
		addEEnumLiteral(roleKindEEnum, RoleKind.PARTICIPANT);
		addEEnumLiteral(roleKindEEnum, RoleKind.OTHER);

		initEEnum(actorTypeEEnum, ActorType.class, "ActorType");
		addEEnumLiteral(actorTypeEEnum, ActorType.NATIONAL_GOVERNMENT);
		addEEnumLiteral(actorTypeEEnum, ActorType.LOCAL_GOVERNMENT);
		addEEnumLiteral(actorTypeEEnum, ActorType.PUBLIC_AGENCY);
		addEEnumLiteral(actorTypeEEnum, ActorType.PROFESSIONAL);
		addEEnumLiteral(actorTypeEEnum, ActorType.POLITICIAN_PARTY);
		addEEnumLiteral(actorTypeEEnum, ActorType.NGO);
		addEEnumLiteral(actorTypeEEnum, ActorType.FEDERATION_NETWORK);
		addEEnumLiteral(actorTypeEEnum, ActorType.COMMUNITY_ORGANISATION);
		addEEnumLiteral(actorTypeEEnum, ActorType.ORGANISING_BODY);
		addEEnumLiteral(actorTypeEEnum, ActorType.SERVICE_USER);
		addEEnumLiteral(actorTypeEEnum, ActorType.VOLUNTEER);
		addEEnumLiteral(actorTypeEEnum, ActorType.COMMUNITY_LEADER);
		addEEnumLiteral(actorTypeEEnum, ActorType.FUNDER);
		addEEnumLiteral(actorTypeEEnum, ActorType.PRIVATE_SECTOR);
		addEEnumLiteral(actorTypeEEnum, ActorType.BUSINESS_ASSOCIATION);
		addEEnumLiteral(actorTypeEEnum, ActorType.UNION);
		addEEnumLiteral(actorTypeEEnum, ActorType.RESEARCHER_MEDIA);
		addEEnumLiteral(actorTypeEEnum, ActorType.OTHER);

		initEEnum(driverEEnum, Driver.class, "Driver");
		addEEnumLiteral(driverEEnum, Driver.GOVERNANCE);
		addEEnumLiteral(driverEEnum, Driver.LOGISTICAL_FEASIBILITY);
		addEEnumLiteral(driverEEnum, Driver.BOTH);
		addEEnumLiteral(driverEEnum, Driver.UNKNOWN);

		initEEnum(assignedByEEnum, AssignedBy.class, "AssignedBy");
		addEEnumLiteral(assignedByEEnum, AssignedBy.CODER);
		addEEnumLiteral(assignedByEEnum, AssignedBy.DOCUMENT);

		initEEnum(confidenceEEnum, Confidence.class, "Confidence");
		addEEnumLiteral(confidenceEEnum, Confidence.HIGH);
		addEEnumLiteral(confidenceEEnum, Confidence.MEDIUM);
		addEEnumLiteral(confidenceEEnum, Confidence.LOW);

		initEEnum(contributionKindEEnum, ContributionKind.class, "ContributionKind");
		addEEnumLiteral(contributionKindEEnum, ContributionKind.MONEY);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.SAVINGS);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.LOAN);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.GRANT);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.LAND);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.LABOUR);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.EXPERTISE);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.DATA);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.IN_KIND);
		addEEnumLiteral(contributionKindEEnum, ContributionKind.REGULATORY);

		initEEnum(outcomeDomainEEnum, OutcomeDomain.class, "OutcomeDomain");
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.HEALTH);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.EDUCATION);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.LIVING_COSTS);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.SOCIAL_CARE);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.CRIME_SAFETY);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.ACCESS_TO_SERVICES);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.TENURE_LAND);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.FINANCE);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.EMPLOYMENT);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.PARTICIPATION);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.POLITICAL_INSTITUTIONAL);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.EMPOWERMENT);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.PARENTING);
		addEEnumLiteral(outcomeDomainEEnum, OutcomeDomain.OTHER);

		initEEnum(evidenceTypeEEnum, EvidenceType.class, "EvidenceType");
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.FULL_CASE_STUDY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.VISIT_AND_DOCUMENTS);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.DOCUMENTS_AND_CORRESPONDENCE);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.EVALUATION_WITH_COMPARISON);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.OPINION_POLL);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.PARTICIPATION_SURVEY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.ADMINISTRATIVE_STATISTICS);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.COMMUNITY_GENERATED_DATA);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.POLITICAL_ETHNOGRAPHY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.HOUSEHOLD_SURVEY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.PRACTITIONER_TESTIMONY);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.LITERATURE_SYNTHESIS);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.PARTICIPANT_STATEMENT);
		addEEnumLiteral(evidenceTypeEEnum, EvidenceType.OTHER);

		initEEnum(collectorEEnum, Collector.class, "Collector");
		addEEnumLiteral(collectorEEnum, Collector.UNKNOWN);
		addEEnumLiteral(collectorEEnum, Collector.INDEPENDENT_RESEARCHER);
		addEEnumLiteral(collectorEEnum, Collector.ORGANISATION_ITSELF);
		addEEnumLiteral(collectorEEnum, Collector.GOVERNMENT);

		initEEnum(benefitEEnum, Benefit.class, "Benefit");
		addEEnumLiteral(benefitEEnum, Benefit.WIDER_CHOICE);
		addEEnumLiteral(benefitEEnum, Benefit.POWER_SHIFT);
		addEEnumLiteral(benefitEEnum, Benefit.COMMUNITY_RESOURCES);
		addEEnumLiteral(benefitEEnum, Benefit.RESOURCE_ACTIVATION);
		addEEnumLiteral(benefitEEnum, Benefit.SHARED_RISK);
		addEEnumLiteral(benefitEEnum, Benefit.CLEARER_ACCOUNTABILITY);
		addEEnumLiteral(benefitEEnum, Benefit.DRAWS_IN_LESS_WELL_OFF);
		addEEnumLiteral(benefitEEnum, Benefit.LOWER_COST_HIGHER_IMPACT);
		addEEnumLiteral(benefitEEnum, Benefit.STRONGER_ORGANISATIONS);
		addEEnumLiteral(benefitEEnum, Benefit.SDI_BENEFITS);
		addEEnumLiteral(benefitEEnum, Benefit.LEGITIMACY_VOICE);
		addEEnumLiteral(benefitEEnum, Benefit.SELF_WORTH);
		addEEnumLiteral(benefitEEnum, Benefit.RESILIENCE);
		addEEnumLiteral(benefitEEnum, Benefit.BETTER_OUTCOMES);

		initEEnum(limitationEEnum, Limitation.class, "Limitation");
		addEEnumLiteral(limitationEEnum, Limitation.CONFLICTING_VALUES);
		addEEnumLiteral(limitationEEnum, Limitation.FREE_RIDERS);
		addEEnumLiteral(limitationEEnum, Limitation.BURN_OUT);
		addEEnumLiteral(limitationEEnum, Limitation.WEAKER_LOBBYING);
		addEEnumLiteral(limitationEEnum, Limitation.DILUTED_ACCOUNTABILITY);
		addEEnumLiteral(limitationEEnum, Limitation.UNEQUAL_PARTICIPATION);
		addEEnumLiteral(limitationEEnum, Limitation.WHY_SHOULD_THEY);
		addEEnumLiteral(limitationEEnum, Limitation.PROFESSIONAL_RESISTANCE);
		addEEnumLiteral(limitationEEnum, Limitation.POLITICAL_RELUCTANCE);
		addEEnumLiteral(limitationEEnum, Limitation.QUALITY_LEGAL_RISK);
		addEEnumLiteral(limitationEEnum, Limitation.POSITION_POWER);
		addEEnumLiteral(limitationEEnum, Limitation.CONTEXT_SPECIFIC_EVIDENCE);
		addEEnumLiteral(limitationEEnum, Limitation.STATE_HOSTILITY_COOPTATION);
		addEEnumLiteral(limitationEEnum, Limitation.SUPERFICIAL_PARTICIPATION);
		addEEnumLiteral(limitationEEnum, Limitation.CLIENTELISM_BOUNCES_BACK);
		addEEnumLiteral(limitationEEnum, Limitation.CODIFICATION_HURTS_POOREST);
		addEEnumLiteral(limitationEEnum, Limitation.INDIVIDUALISATION);
		addEEnumLiteral(limitationEEnum, Limitation.TOP_DOWN_LIMITED);
		addEEnumLiteral(limitationEEnum, Limitation.DARK_SIDE);
		addEEnumLiteral(limitationEEnum, Limitation.NOT_UNIVERSAL);
		addEEnumLiteral(limitationEEnum, Limitation.GAINS_REVERSIBLE);
		addEEnumLiteral(limitationEEnum, Limitation.FUNDING_TIES_HANDS);
		addEEnumLiteral(limitationEEnum, Limitation.POWER_IMBALANCE);

		initEEnum(strategyContextEEnum, StrategyContext.class, "StrategyContext");
		addEEnumLiteral(strategyContextEEnum, StrategyContext.INDIVIDUAL_MARKET);
		addEEnumLiteral(strategyContextEEnum, StrategyContext.COLLECTIVE_SELF_HELP);
		addEEnumLiteral(strategyContextEEnum, StrategyContext.CLIENTELIST);
		addEEnumLiteral(strategyContextEEnum, StrategyContext.EXCLUSION_CRIMINALITY);
		addEEnumLiteral(strategyContextEEnum, StrategyContext.SOCIAL_MOVEMENT);

		initEEnum(levelEEnum, Level.class, "Level");
		addEEnumLiteral(levelEEnum, Level.UNKNOWN);
		addEEnumLiteral(levelEEnum, Level.NONE);
		addEEnumLiteral(levelEEnum, Level.LOW);
		addEEnumLiteral(levelEEnum, Level.MEDIUM);
		addEEnumLiteral(levelEEnum, Level.HIGH);

		initEEnum(stateStanceEEnum, StateStance.class, "StateStance");
		addEEnumLiteral(stateStanceEEnum, StateStance.UNKNOWN);
		addEEnumLiteral(stateStanceEEnum, StateStance.INITIATOR);
		addEEnumLiteral(stateStanceEEnum, StateStance.SUPPORTIVE);
		addEEnumLiteral(stateStanceEEnum, StateStance.AMBIVALENT);
		addEEnumLiteral(stateStanceEEnum, StateStance.RESISTANT);
		addEEnumLiteral(stateStanceEEnum, StateStance.HOSTILE);

		initEEnum(networkLevelEEnum, NetworkLevel.class, "NetworkLevel");
		addEEnumLiteral(networkLevelEEnum, NetworkLevel.NONE);
		addEEnumLiteral(networkLevelEEnum, NetworkLevel.SETTLEMENT);
		addEEnumLiteral(networkLevelEEnum, NetworkLevel.CITY);
		addEEnumLiteral(networkLevelEEnum, NetworkLevel.NATIONAL);
		addEEnumLiteral(networkLevelEEnum, NetworkLevel.INTERNATIONAL);

		initEEnum(dataActivityEEnum, DataActivity.class, "DataActivity");
		addEEnumLiteral(dataActivityEEnum, DataActivity.PROFILING);
		addEEnumLiteral(dataActivityEEnum, DataActivity.ENUMERATION);
		addEEnumLiteral(dataActivityEEnum, DataActivity.GIS_MAPPING);
		addEEnumLiteral(dataActivityEEnum, DataActivity.MAPPING);

		initEEnum(diffusionMechanismEEnum, DiffusionMechanism.class, "DiffusionMechanism");
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.EXCHANGE);
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.NETWORK);
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.REPLICATION);
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.POLICY_ADOPTION);
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.TRANSLATION);
		addEEnumLiteral(diffusionMechanismEEnum, DiffusionMechanism.ADVICE);

		initEEnum(definitionLensEEnum, DefinitionLens.class, "DefinitionLens");
		addEEnumLiteral(definitionLensEEnum, DefinitionLens.OSTROM);
		addEEnumLiteral(definitionLensEEnum, DefinitionLens.JOSHI_MOORE);
		addEEnumLiteral(definitionLensEEnum, DefinitionLens.BOVAIRD);
		addEEnumLiteral(definitionLensEEnum, DefinitionLens.MITLIN_POLITICAL);

		initEEnum(coProducerTypeEEnum, CoProducerType.class, "CoProducerType");
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.USER);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.CARER_FAMILY);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.VOLUNTEER);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.COMMUNITY_GROUP);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.CITIZEN);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.SAVINGS_GROUP);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.FEDERATION_NETWORK);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.NGO);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.ELITE_GROUP);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.BUSINESS_ASSOCIATION);
		addEEnumLiteral(coProducerTypeEEnum, CoProducerType.FAITH_GROUP);

		// Create resource
		createResource(eNS_URI);
	}

} //CoprodPackageImpl
