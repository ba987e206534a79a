/**
 */
package org.coprod.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.coprod.model.CoprodFactory
 * @model kind="package"
 * @generated
 */
public interface CoprodPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.coprod.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "coprod";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoprodPackage eINSTANCE = org.coprod.model.impl.CoprodPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CaseLibraryImpl <em>Case Library</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CaseLibraryImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCaseLibrary()
	 * @generated
	 */
	int CASE_LIBRARY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Typologies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__TYPOLOGIES = 3;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__ACTORS = 4;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Coders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__CODERS = 6;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__DOCUMENTS = 7;

	/**
	 * The feature id for the '<em><b>Codebook</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__CODEBOOK = 8;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY__CASES = 9;

	/**
	 * The number of structural features of the '<em>Case Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Case Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_LIBRARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.TypologyImpl <em>Typology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.TypologyImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getTypology()
	 * @generated
	 */
	int TYPOLOGY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__BUILT_IN = 3;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__DIMENSIONS = 4;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY__CELLS = 5;

	/**
	 * The number of structural features of the '<em>Typology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Typology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.TypologyDimensionImpl <em>Typology Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.TypologyDimensionImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyDimension()
	 * @generated
	 */
	int TYPOLOGY_DIMENSION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_DIMENSION__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_DIMENSION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_DIMENSION__VALUES = 2;

	/**
	 * The number of structural features of the '<em>Typology Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_DIMENSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Typology Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_DIMENSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.DimensionValueImpl <em>Dimension Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.DimensionValueImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDimensionValue()
	 * @generated
	 */
	int DIMENSION_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE__CODE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE__DEFINITION = 3;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE__GUIDANCE = 4;

	/**
	 * The number of structural features of the '<em>Dimension Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Dimension Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.TypologyCellImpl <em>Typology Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.TypologyCellImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyCell()
	 * @generated
	 */
	int TYPOLOGY_CELL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__ID = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__CODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__NAME = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__VALUES = 3;

	/**
	 * The feature id for the '<em><b>Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__APPLICABLE = 4;

	/**
	 * The feature id for the '<em><b>Exemplars</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__EXEMPLARS = 5;

	/**
	 * The feature id for the '<em><b>Synonyms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__SYNONYMS = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL__DESCRIPTION = 7;

	/**
	 * The number of structural features of the '<em>Typology Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Typology Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CaseImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ALIASES = 2;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SUMMARY = 3;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__COUNTRIES = 4;

	/**
	 * The feature id for the '<em><b>Places</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PLACES = 5;

	/**
	 * The feature id for the '<em><b>Sectors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SECTORS = 6;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PERIOD_START = 7;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PERIOD_END = 8;

	/**
	 * The feature id for the '<em><b>Ongoing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ONGOING = 9;

	/**
	 * The feature id for the '<em><b>Period Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PERIOD_NOTE = 10;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PARENT = 11;

	/**
	 * The feature id for the '<em><b>Case Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CASE_TYPE = 12;

	/**
	 * The feature id for the '<em><b>Initiator Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__INITIATOR_MODE = 13;

	/**
	 * The feature id for the '<em><b>Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CONTEXT = 14;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SCALE = 15;

	/**
	 * The feature id for the '<em><b>Co Producers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CO_PRODUCERS = 16;

	/**
	 * The feature id for the '<em><b>Meets Definitions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MEETS_DEFINITIONS = 17;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__PHASES = 18;

	/**
	 * The feature id for the '<em><b>Codings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CODINGS = 19;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ROLES = 20;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DRIVERS = 21;

	/**
	 * The feature id for the '<em><b>Political Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__POLITICAL_PROFILE = 22;

	/**
	 * The feature id for the '<em><b>Contributions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CONTRIBUTIONS = 23;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__OUTCOMES = 24;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__EVIDENCE = 25;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__BENEFITS = 26;

	/**
	 * The feature id for the '<em><b>Limitations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LIMITATIONS = 27;

	/**
	 * The feature id for the '<em><b>Diffusion</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DIFFUSION = 28;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__NOTES = 29;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SOURCES = 30;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DOCUMENTS = 31;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__SEGMENTS = 32;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MEMOS = 33;

	/**
	 * The feature id for the '<em><b>Code Summaries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CODE_SUMMARIES = 34;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = 35;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.PhaseImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__START_YEAR = 2;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__END_YEAR = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CodedRecordImpl <em>Coded Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CodedRecordImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCodedRecord()
	 * @generated
	 */
	int CODED_RECORD = 21;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_RECORD__CODER = 0;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_RECORD__CODED_ON = 1;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_RECORD__SEGMENTS = 2;

	/**
	 * The number of structural features of the '<em>Coded Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_RECORD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Coded Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.TypologyCodingImpl <em>Typology Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.TypologyCodingImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyCoding()
	 * @generated
	 */
	int TYPOLOGY_CODING = 7;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__CODER = CODED_RECORD__CODER;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__CODED_ON = CODED_RECORD__CODED_ON;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__SEGMENTS = CODED_RECORD__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Cell</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__CELL = CODED_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__PHASE = CODED_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__COMPONENT = CODED_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Assigned By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__ASSIGNED_BY = CODED_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__CONFIDENCE = CODED_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__JUSTIFICATION = CODED_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING__SOURCE = CODED_RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Typology Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING_FEATURE_COUNT = CODED_RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Typology Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPOLOGY_CODING_OPERATION_COUNT = CODED_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.ActorImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ALIASES = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__COUNTRY = 4;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PARENT = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.RoleImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 9;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ACTOR = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__STAGES = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PHASE = 3;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__COMPONENT = 4;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__START_YEAR = 5;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__END_YEAR = 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__SOURCE = 8;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.DriverCodingImpl <em>Driver Coding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.DriverCodingImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDriverCoding()
	 * @generated
	 */
	int DRIVER_CODING = 10;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__CODER = CODED_RECORD__CODER;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__CODED_ON = CODED_RECORD__CODED_ON;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__SEGMENTS = CODED_RECORD__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__DRIVER = CODED_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assigned By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__ASSIGNED_BY = CODED_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__CONFIDENCE = CODED_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__JUSTIFICATION = CODED_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING__SOURCE = CODED_RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Driver Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING_FEATURE_COUNT = CODED_RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Driver Coding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DRIVER_CODING_OPERATION_COUNT = CODED_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.PoliticalProfileImpl <em>Political Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.PoliticalProfileImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getPoliticalProfile()
	 * @generated
	 */
	int POLITICAL_PROFILE = 11;

	/**
	 * The feature id for the '<em><b>Strategy Contexts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__STRATEGY_CONTEXTS = 0;

	/**
	 * The feature id for the '<em><b>Clientelist Context</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__CLIENTELIST_CONTEXT = 1;

	/**
	 * The feature id for the '<em><b>Patron Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__PATRON_TYPES = 2;

	/**
	 * The feature id for the '<em><b>Exchange Goods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__EXCHANGE_GOODS = 3;

	/**
	 * The feature id for the '<em><b>State Stance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__STATE_STANCE = 4;

	/**
	 * The feature id for the '<em><b>Agreement Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__AGREEMENT_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Confrontation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__CONFRONTATION_LEVEL = 6;

	/**
	 * The feature id for the '<em><b>Cooptation Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__COOPTATION_RISK = 7;

	/**
	 * The feature id for the '<em><b>Network Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__NETWORK_LEVEL = 8;

	/**
	 * The feature id for the '<em><b>Affiliation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__AFFILIATION = 9;

	/**
	 * The feature id for the '<em><b>Savings Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__SAVINGS_SCHEME = 10;

	/**
	 * The feature id for the '<em><b>Savings Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__SAVINGS_MEMBERS = 11;

	/**
	 * The feature id for the '<em><b>Women Share Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__WOMEN_SHARE_PERCENT = 12;

	/**
	 * The feature id for the '<em><b>Funds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__FUNDS = 13;

	/**
	 * The feature id for the '<em><b>Data Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__DATA_ACTIVITIES = 14;

	/**
	 * The feature id for the '<em><b>Precedent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__PRECEDENT = 15;

	/**
	 * The feature id for the '<em><b>Accountability Mechanisms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS = 16;

	/**
	 * The feature id for the '<em><b>Constituency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__CONSTITUENCY = 17;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE__SOURCE = 18;

	/**
	 * The number of structural features of the '<em>Political Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Political Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLITICAL_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.ResourceContributionImpl <em>Resource Contribution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.ResourceContributionImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getResourceContribution()
	 * @generated
	 */
	int RESOURCE_CONTRIBUTION = 12;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__ACTOR = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__CURRENCY = 3;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__YEAR = 4;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__COMPONENT = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION__SOURCE = 7;

	/**
	 * The number of structural features of the '<em>Resource Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Resource Contribution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_CONTRIBUTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.OutcomeImpl <em>Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.OutcomeImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 13;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__CODER = CODED_RECORD__CODER;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__CODED_ON = CODED_RECORD__CODED_ON;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SEGMENTS = CODED_RECORD__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__DOMAIN = CODED_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__INDICATOR = CODED_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__VALUE = CODED_RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__UNIT = CODED_RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__BASELINE = CODED_RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__YEAR = CODED_RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__DESCRIPTION = CODED_RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__EVIDENCE = CODED_RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME__SOURCE = CODED_RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_FEATURE_COUNT = CODED_RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTCOME_OPERATION_COUNT = CODED_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.EvidenceImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__METHOD = 2;

	/**
	 * The feature id for the '<em><b>Collector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__COLLECTOR = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DATE = 4;

	/**
	 * The feature id for the '<em><b>Has Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__HAS_COMPARISON = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SOURCE = 7;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.BenefitClaimImpl <em>Benefit Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.BenefitClaimImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getBenefitClaim()
	 * @generated
	 */
	int BENEFIT_CLAIM = 15;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__CODER = CODED_RECORD__CODER;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__CODED_ON = CODED_RECORD__CODED_ON;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__SEGMENTS = CODED_RECORD__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__BENEFIT = CODED_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__NOTE = CODED_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM__SOURCE = CODED_RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Benefit Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM_FEATURE_COUNT = CODED_RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Benefit Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BENEFIT_CLAIM_OPERATION_COUNT = CODED_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.LimitationClaimImpl <em>Limitation Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.LimitationClaimImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getLimitationClaim()
	 * @generated
	 */
	int LIMITATION_CLAIM = 16;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__CODER = CODED_RECORD__CODER;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__CODED_ON = CODED_RECORD__CODED_ON;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__SEGMENTS = CODED_RECORD__SEGMENTS;

	/**
	 * The feature id for the '<em><b>Limitation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__LIMITATION = CODED_RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__NOTE = CODED_RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM__SOURCE = CODED_RECORD_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Limitation Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM_FEATURE_COUNT = CODED_RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Limitation Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITATION_CLAIM_OPERATION_COUNT = CODED_RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.DiffusionLinkImpl <em>Diffusion Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.DiffusionLinkImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDiffusionLink()
	 * @generated
	 */
	int DIFFUSION_LINK = 17;

	/**
	 * The feature id for the '<em><b>To Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK__TO_CASE = 0;

	/**
	 * The feature id for the '<em><b>To Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK__TO_COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK__MECHANISM = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Diffusion Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diffusion Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFFUSION_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CodableTextImpl <em>Codable Text</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CodableTextImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCodableText()
	 * @generated
	 */
	int CODABLE_TEXT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODABLE_TEXT__ID = 0;

	/**
	 * The number of structural features of the '<em>Codable Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODABLE_TEXT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Codable Text</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODABLE_TEXT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.NoteImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = CODABLE_TEXT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TITLE = CODABLE_TEXT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = CODABLE_TEXT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = CODABLE_TEXT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__DATE = CODABLE_TEXT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__LANGUAGE = CODABLE_TEXT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = CODABLE_TEXT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = CODABLE_TEXT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.SourceImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CITATION = 1;

	/**
	 * The feature id for the '<em><b>Short Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SHORT_TITLE = 2;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHORS = 3;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__YEAR = 4;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = 6;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.SourceRefImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getSourceRef()
	 * @generated
	 */
	int SOURCE_REF = 20;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Locator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__LOCATOR = 1;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF__QUOTE = 2;

	/**
	 * The number of structural features of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Source Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CoderImpl <em>Coder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CoderImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCoder()
	 * @generated
	 */
	int CODER = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER__INITIALS = 2;

	/**
	 * The number of structural features of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Coder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.DocumentImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = CODABLE_TEXT__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = CODABLE_TEXT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = CODABLE_TEXT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE = CODABLE_TEXT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Imported</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__IMPORTED = CODABLE_TEXT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Original File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ORIGINAL_FILE = CODABLE_TEXT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Text Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT_DIGEST = CODABLE_TEXT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LENGTH = CODABLE_TEXT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__MEMOS = CODABLE_TEXT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = CODABLE_TEXT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = CODABLE_TEXT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CodebookImpl <em>Codebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CodebookImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCodebook()
	 * @generated
	 */
	int CODEBOOK = 25;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK__CODES = 0;

	/**
	 * The number of structural features of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Codebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CodeImpl <em>Code</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CodeImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCode()
	 * @generated
	 */
	int CODE = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__DEFINITION = 2;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__COLOUR = 3;

	/**
	 * The feature id for the '<em><b>Codable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__CODABLE = 4;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__PARENT = 5;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__BUILT_IN = 6;

	/**
	 * The feature id for the '<em><b>Memos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE__MEMOS = 7;

	/**
	 * The number of structural features of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Code</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.SegmentImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__START = 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__END = 3;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__QUOTE = 4;

	/**
	 * The feature id for the '<em><b>Codes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CODES = 5;

	/**
	 * The feature id for the '<em><b>Coder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CODER = 6;

	/**
	 * The feature id for the '<em><b>Coded On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CODED_ON = 7;

	/**
	 * The feature id for the '<em><b>Memo</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__MEMO = 8;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.MemoImpl <em>Memo</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.MemoImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getMemo()
	 * @generated
	 */
	int MEMO = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO__DATE = 3;

	/**
	 * The number of structural features of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Memo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.impl.CodeSummaryImpl <em>Code Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.impl.CodeSummaryImpl
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCodeSummary()
	 * @generated
	 */
	int CODE_SUMMARY = 29;

	/**
	 * The feature id for the '<em><b>Code</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY__DATE = 3;

	/**
	 * The number of structural features of the '<em>Code Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Code Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.coprod.model.CaseType <em>Case Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.CaseType
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCaseType()
	 * @generated
	 */
	int CASE_TYPE = 30;

	/**
	 * The meta object id for the '{@link org.coprod.model.InitiatorMode <em>Initiator Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.InitiatorMode
	 * @see org.coprod.model.impl.CoprodPackageImpl#getInitiatorMode()
	 * @generated
	 */
	int INITIATOR_MODE = 31;

	/**
	 * The meta object id for the '{@link org.coprod.model.Sector <em>Sector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Sector
	 * @see org.coprod.model.impl.CoprodPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 32;

	/**
	 * The meta object id for the '{@link org.coprod.model.ValueChainStage <em>Value Chain Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.ValueChainStage
	 * @see org.coprod.model.impl.CoprodPackageImpl#getValueChainStage()
	 * @generated
	 */
	int VALUE_CHAIN_STAGE = 33;

	/**
	 * The meta object id for the '{@link org.coprod.model.RoleKind <em>Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.RoleKind
	 * @see org.coprod.model.impl.CoprodPackageImpl#getRoleKind()
	 * @generated
	 */
	int ROLE_KIND = 34;

	/**
	 * The meta object id for the '{@link org.coprod.model.ActorType <em>Actor Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.ActorType
	 * @see org.coprod.model.impl.CoprodPackageImpl#getActorType()
	 * @generated
	 */
	int ACTOR_TYPE = 35;

	/**
	 * The meta object id for the '{@link org.coprod.model.Driver <em>Driver</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Driver
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDriver()
	 * @generated
	 */
	int DRIVER = 36;

	/**
	 * The meta object id for the '{@link org.coprod.model.AssignedBy <em>Assigned By</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.AssignedBy
	 * @see org.coprod.model.impl.CoprodPackageImpl#getAssignedBy()
	 * @generated
	 */
	int ASSIGNED_BY = 37;

	/**
	 * The meta object id for the '{@link org.coprod.model.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Confidence
	 * @see org.coprod.model.impl.CoprodPackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 38;

	/**
	 * The meta object id for the '{@link org.coprod.model.ContributionKind <em>Contribution Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.ContributionKind
	 * @see org.coprod.model.impl.CoprodPackageImpl#getContributionKind()
	 * @generated
	 */
	int CONTRIBUTION_KIND = 39;

	/**
	 * The meta object id for the '{@link org.coprod.model.OutcomeDomain <em>Outcome Domain</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.OutcomeDomain
	 * @see org.coprod.model.impl.CoprodPackageImpl#getOutcomeDomain()
	 * @generated
	 */
	int OUTCOME_DOMAIN = 40;

	/**
	 * The meta object id for the '{@link org.coprod.model.EvidenceType <em>Evidence Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.EvidenceType
	 * @see org.coprod.model.impl.CoprodPackageImpl#getEvidenceType()
	 * @generated
	 */
	int EVIDENCE_TYPE = 41;

	/**
	 * The meta object id for the '{@link org.coprod.model.Collector <em>Collector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Collector
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCollector()
	 * @generated
	 */
	int COLLECTOR = 42;

	/**
	 * The meta object id for the '{@link org.coprod.model.Benefit <em>Benefit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Benefit
	 * @see org.coprod.model.impl.CoprodPackageImpl#getBenefit()
	 * @generated
	 */
	int BENEFIT = 43;

	/**
	 * The meta object id for the '{@link org.coprod.model.Limitation <em>Limitation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Limitation
	 * @see org.coprod.model.impl.CoprodPackageImpl#getLimitation()
	 * @generated
	 */
	int LIMITATION = 44;

	/**
	 * The meta object id for the '{@link org.coprod.model.StrategyContext <em>Strategy Context</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.StrategyContext
	 * @see org.coprod.model.impl.CoprodPackageImpl#getStrategyContext()
	 * @generated
	 */
	int STRATEGY_CONTEXT = 45;

	/**
	 * The meta object id for the '{@link org.coprod.model.Level <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.Level
	 * @see org.coprod.model.impl.CoprodPackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 46;

	/**
	 * The meta object id for the '{@link org.coprod.model.StateStance <em>State Stance</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.StateStance
	 * @see org.coprod.model.impl.CoprodPackageImpl#getStateStance()
	 * @generated
	 */
	int STATE_STANCE = 47;

	/**
	 * The meta object id for the '{@link org.coprod.model.NetworkLevel <em>Network Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.NetworkLevel
	 * @see org.coprod.model.impl.CoprodPackageImpl#getNetworkLevel()
	 * @generated
	 */
	int NETWORK_LEVEL = 48;

	/**
	 * The meta object id for the '{@link org.coprod.model.DataActivity <em>Data Activity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.DataActivity
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDataActivity()
	 * @generated
	 */
	int DATA_ACTIVITY = 49;

	/**
	 * The meta object id for the '{@link org.coprod.model.DiffusionMechanism <em>Diffusion Mechanism</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.DiffusionMechanism
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDiffusionMechanism()
	 * @generated
	 */
	int DIFFUSION_MECHANISM = 50;

	/**
	 * The meta object id for the '{@link org.coprod.model.DefinitionLens <em>Definition Lens</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.DefinitionLens
	 * @see org.coprod.model.impl.CoprodPackageImpl#getDefinitionLens()
	 * @generated
	 */
	int DEFINITION_LENS = 51;

	/**
	 * The meta object id for the '{@link org.coprod.model.CoProducerType <em>Co Producer Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.coprod.model.CoProducerType
	 * @see org.coprod.model.impl.CoprodPackageImpl#getCoProducerType()
	 * @generated
	 */
	int CO_PRODUCER_TYPE = 52;


	/**
	 * Returns the meta object for class '{@link org.coprod.model.CaseLibrary <em>Case Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Library</em>'.
	 * @see org.coprod.model.CaseLibrary
	 * @generated
	 */
	EClass getCaseLibrary();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CaseLibrary#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.CaseLibrary#getName()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EAttribute getCaseLibrary_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CaseLibrary#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.CaseLibrary#getDescription()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EAttribute getCaseLibrary_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CaseLibrary#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.coprod.model.CaseLibrary#getFormatVersion()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EAttribute getCaseLibrary_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getTypologies <em>Typologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Typologies</em>'.
	 * @see org.coprod.model.CaseLibrary#getTypologies()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Typologies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.coprod.model.CaseLibrary#getActors()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.coprod.model.CaseLibrary#getSources()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getCoders <em>Coders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coders</em>'.
	 * @see org.coprod.model.CaseLibrary#getCoders()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Coders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.coprod.model.CaseLibrary#getDocuments()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Documents();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.CaseLibrary#getCodebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Codebook</em>'.
	 * @see org.coprod.model.CaseLibrary#getCodebook()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Codebook();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.CaseLibrary#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.coprod.model.CaseLibrary#getCases()
	 * @see #getCaseLibrary()
	 * @generated
	 */
	EReference getCaseLibrary_Cases();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Typology <em>Typology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typology</em>'.
	 * @see org.coprod.model.Typology
	 * @generated
	 */
	EClass getTypology();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Typology#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Typology#getId()
	 * @see #getTypology()
	 * @generated
	 */
	EAttribute getTypology_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Typology#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.Typology#getName()
	 * @see #getTypology()
	 * @generated
	 */
	EAttribute getTypology_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Typology#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Typology#getDescription()
	 * @see #getTypology()
	 * @generated
	 */
	EAttribute getTypology_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Typology#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.coprod.model.Typology#isBuiltIn()
	 * @see #getTypology()
	 * @generated
	 */
	EAttribute getTypology_BuiltIn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Typology#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see org.coprod.model.Typology#getDimensions()
	 * @see #getTypology()
	 * @generated
	 */
	EReference getTypology_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Typology#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.coprod.model.Typology#getCells()
	 * @see #getTypology()
	 * @generated
	 */
	EReference getTypology_Cells();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.TypologyDimension <em>Typology Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typology Dimension</em>'.
	 * @see org.coprod.model.TypologyDimension
	 * @generated
	 */
	EClass getTypologyDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyDimension#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.TypologyDimension#getId()
	 * @see #getTypologyDimension()
	 * @generated
	 */
	EAttribute getTypologyDimension_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyDimension#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.TypologyDimension#getName()
	 * @see #getTypologyDimension()
	 * @generated
	 */
	EAttribute getTypologyDimension_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.TypologyDimension#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.coprod.model.TypologyDimension#getValues()
	 * @see #getTypologyDimension()
	 * @generated
	 */
	EReference getTypologyDimension_Values();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.DimensionValue <em>Dimension Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension Value</em>'.
	 * @see org.coprod.model.DimensionValue
	 * @generated
	 */
	EClass getDimensionValue();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DimensionValue#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.DimensionValue#getId()
	 * @see #getDimensionValue()
	 * @generated
	 */
	EAttribute getDimensionValue_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DimensionValue#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.coprod.model.DimensionValue#getCode()
	 * @see #getDimensionValue()
	 * @generated
	 */
	EAttribute getDimensionValue_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DimensionValue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.coprod.model.DimensionValue#getLabel()
	 * @see #getDimensionValue()
	 * @generated
	 */
	EAttribute getDimensionValue_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DimensionValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.coprod.model.DimensionValue#getDefinition()
	 * @see #getDimensionValue()
	 * @generated
	 */
	EAttribute getDimensionValue_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DimensionValue#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.coprod.model.DimensionValue#getGuidance()
	 * @see #getDimensionValue()
	 * @generated
	 */
	EAttribute getDimensionValue_Guidance();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.TypologyCell <em>Typology Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typology Cell</em>'.
	 * @see org.coprod.model.TypologyCell
	 * @generated
	 */
	EClass getTypologyCell();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCell#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.TypologyCell#getId()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCell#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.coprod.model.TypologyCell#getCode()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCell#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.TypologyCell#getName()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.coprod.model.TypologyCell#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Values</em>'.
	 * @see org.coprod.model.TypologyCell#getValues()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EReference getTypologyCell_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCell#isApplicable <em>Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applicable</em>'.
	 * @see org.coprod.model.TypologyCell#isApplicable()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Applicable();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.TypologyCell#getExemplars <em>Exemplars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exemplars</em>'.
	 * @see org.coprod.model.TypologyCell#getExemplars()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Exemplars();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.TypologyCell#getSynonyms <em>Synonyms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Synonyms</em>'.
	 * @see org.coprod.model.TypologyCell#getSynonyms()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Synonyms();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCell#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.TypologyCell#getDescription()
	 * @see #getTypologyCell()
	 * @generated
	 */
	EAttribute getTypologyCell_Description();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.coprod.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Case#getId()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.Case#getName()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.coprod.model.Case#getAliases()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.coprod.model.Case#getSummary()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Summary();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Countries</em>'.
	 * @see org.coprod.model.Case#getCountries()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Countries();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getPlaces <em>Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Places</em>'.
	 * @see org.coprod.model.Case#getPlaces()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Places();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getSectors <em>Sectors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sectors</em>'.
	 * @see org.coprod.model.Case#getSectors()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Sectors();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.coprod.model.Case#getPeriodStart()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.coprod.model.Case#getPeriodEnd()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#isOngoing <em>Ongoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ongoing</em>'.
	 * @see org.coprod.model.Case#isOngoing()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Ongoing();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getPeriodNote <em>Period Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Note</em>'.
	 * @see org.coprod.model.Case#getPeriodNote()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_PeriodNote();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Case#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.coprod.model.Case#getParent()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getCaseType <em>Case Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Type</em>'.
	 * @see org.coprod.model.Case#getCaseType()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_CaseType();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getInitiatorMode <em>Initiator Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiator Mode</em>'.
	 * @see org.coprod.model.Case#getInitiatorMode()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_InitiatorMode();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context</em>'.
	 * @see org.coprod.model.Case#getContext()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Context();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Case#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.coprod.model.Case#getScale()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Scale();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getCoProducers <em>Co Producers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Co Producers</em>'.
	 * @see org.coprod.model.Case#getCoProducers()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_CoProducers();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Case#getMeetsDefinitions <em>Meets Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Meets Definitions</em>'.
	 * @see org.coprod.model.Case#getMeetsDefinitions()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_MeetsDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.coprod.model.Case#getPhases()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getCodings <em>Codings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codings</em>'.
	 * @see org.coprod.model.Case#getCodings()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Codings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.coprod.model.Case#getRoles()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Roles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Drivers</em>'.
	 * @see org.coprod.model.Case#getDrivers()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Drivers();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.Case#getPoliticalProfile <em>Political Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Political Profile</em>'.
	 * @see org.coprod.model.Case#getPoliticalProfile()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_PoliticalProfile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getContributions <em>Contributions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributions</em>'.
	 * @see org.coprod.model.Case#getContributions()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Contributions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.coprod.model.Case#getOutcomes()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.coprod.model.Case#getEvidence()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Benefits</em>'.
	 * @see org.coprod.model.Case#getBenefits()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Benefits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getLimitations <em>Limitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Limitations</em>'.
	 * @see org.coprod.model.Case#getLimitations()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Limitations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getDiffusion <em>Diffusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diffusion</em>'.
	 * @see org.coprod.model.Case#getDiffusion()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Diffusion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.coprod.model.Case#getNotes()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.coprod.model.Case#getSources()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Sources();

	/**
	 * Returns the meta object for the reference list '{@link org.coprod.model.Case#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Documents</em>'.
	 * @see org.coprod.model.Case#getDocuments()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.coprod.model.Case#getSegments()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getMemos <em>Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memos</em>'.
	 * @see org.coprod.model.Case#getMemos()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Memos();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Case#getCodeSummaries <em>Code Summaries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Code Summaries</em>'.
	 * @see org.coprod.model.Case#getCodeSummaries()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_CodeSummaries();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see org.coprod.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Phase#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Phase#getId()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Phase#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.coprod.model.Phase#getLabel()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Phase#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.coprod.model.Phase#getStartYear()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Phase#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.coprod.model.Phase#getEndYear()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Phase#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Phase#getDescription()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Description();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.TypologyCoding <em>Typology Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Typology Coding</em>'.
	 * @see org.coprod.model.TypologyCoding
	 * @generated
	 */
	EClass getTypologyCoding();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.TypologyCoding#getCell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cell</em>'.
	 * @see org.coprod.model.TypologyCoding#getCell()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EReference getTypologyCoding_Cell();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.TypologyCoding#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Phase</em>'.
	 * @see org.coprod.model.TypologyCoding#getPhase()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EReference getTypologyCoding_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCoding#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.coprod.model.TypologyCoding#getComponent()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EAttribute getTypologyCoding_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCoding#getAssignedBy <em>Assigned By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assigned By</em>'.
	 * @see org.coprod.model.TypologyCoding#getAssignedBy()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EAttribute getTypologyCoding_AssignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCoding#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.coprod.model.TypologyCoding#getConfidence()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EAttribute getTypologyCoding_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.TypologyCoding#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.coprod.model.TypologyCoding#getJustification()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EAttribute getTypologyCoding_Justification();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.TypologyCoding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.TypologyCoding#getSource()
	 * @see #getTypologyCoding()
	 * @generated
	 */
	EReference getTypologyCoding_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.coprod.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Actor#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Actor#getId()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Actor#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.coprod.model.Actor#getAliases()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Actor#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.coprod.model.Actor#getType()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Actor#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.coprod.model.Actor#getCountry()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Country();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Actor#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.coprod.model.Actor#getParent()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Actor#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Actor#getDescription()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Description();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.coprod.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Role#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see org.coprod.model.Role#getActor()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Role#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.coprod.model.Role#getKind()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.Role#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Stages</em>'.
	 * @see org.coprod.model.Role#getStages()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Stages();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Role#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Phase</em>'.
	 * @see org.coprod.model.Role#getPhase()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Role#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.coprod.model.Role#getComponent()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Role#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.coprod.model.Role#getStartYear()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Role#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.coprod.model.Role#getEndYear()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Role#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Role#getDescription()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.Role#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.Role#getSource()
	 * @see #getRole()
	 * @generated
	 */
	EReference getRole_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.DriverCoding <em>Driver Coding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Driver Coding</em>'.
	 * @see org.coprod.model.DriverCoding
	 * @generated
	 */
	EClass getDriverCoding();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DriverCoding#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver</em>'.
	 * @see org.coprod.model.DriverCoding#getDriver()
	 * @see #getDriverCoding()
	 * @generated
	 */
	EAttribute getDriverCoding_Driver();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DriverCoding#getAssignedBy <em>Assigned By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assigned By</em>'.
	 * @see org.coprod.model.DriverCoding#getAssignedBy()
	 * @see #getDriverCoding()
	 * @generated
	 */
	EAttribute getDriverCoding_AssignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DriverCoding#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.coprod.model.DriverCoding#getConfidence()
	 * @see #getDriverCoding()
	 * @generated
	 */
	EAttribute getDriverCoding_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DriverCoding#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.coprod.model.DriverCoding#getJustification()
	 * @see #getDriverCoding()
	 * @generated
	 */
	EAttribute getDriverCoding_Justification();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.DriverCoding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.DriverCoding#getSource()
	 * @see #getDriverCoding()
	 * @generated
	 */
	EReference getDriverCoding_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.PoliticalProfile <em>Political Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Political Profile</em>'.
	 * @see org.coprod.model.PoliticalProfile
	 * @generated
	 */
	EClass getPoliticalProfile();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.PoliticalProfile#getStrategyContexts <em>Strategy Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strategy Contexts</em>'.
	 * @see org.coprod.model.PoliticalProfile#getStrategyContexts()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_StrategyContexts();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getClientelistContext <em>Clientelist Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clientelist Context</em>'.
	 * @see org.coprod.model.PoliticalProfile#getClientelistContext()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_ClientelistContext();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getPatronTypes <em>Patron Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patron Types</em>'.
	 * @see org.coprod.model.PoliticalProfile#getPatronTypes()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_PatronTypes();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getExchangeGoods <em>Exchange Goods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exchange Goods</em>'.
	 * @see org.coprod.model.PoliticalProfile#getExchangeGoods()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_ExchangeGoods();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getStateStance <em>State Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State Stance</em>'.
	 * @see org.coprod.model.PoliticalProfile#getStateStance()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_StateStance();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getAgreementType <em>Agreement Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreement Type</em>'.
	 * @see org.coprod.model.PoliticalProfile#getAgreementType()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_AgreementType();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getConfrontationLevel <em>Confrontation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confrontation Level</em>'.
	 * @see org.coprod.model.PoliticalProfile#getConfrontationLevel()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_ConfrontationLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getCooptationRisk <em>Cooptation Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cooptation Risk</em>'.
	 * @see org.coprod.model.PoliticalProfile#getCooptationRisk()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_CooptationRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getNetworkLevel <em>Network Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network Level</em>'.
	 * @see org.coprod.model.PoliticalProfile#getNetworkLevel()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_NetworkLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getAffiliation <em>Affiliation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Affiliation</em>'.
	 * @see org.coprod.model.PoliticalProfile#getAffiliation()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_Affiliation();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#isSavingsScheme <em>Savings Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Savings Scheme</em>'.
	 * @see org.coprod.model.PoliticalProfile#isSavingsScheme()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_SavingsScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getSavingsMembers <em>Savings Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Savings Members</em>'.
	 * @see org.coprod.model.PoliticalProfile#getSavingsMembers()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_SavingsMembers();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getWomenSharePercent <em>Women Share Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Women Share Percent</em>'.
	 * @see org.coprod.model.PoliticalProfile#getWomenSharePercent()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_WomenSharePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getFunds <em>Funds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funds</em>'.
	 * @see org.coprod.model.PoliticalProfile#getFunds()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_Funds();

	/**
	 * Returns the meta object for the attribute list '{@link org.coprod.model.PoliticalProfile#getDataActivities <em>Data Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Data Activities</em>'.
	 * @see org.coprod.model.PoliticalProfile#getDataActivities()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_DataActivities();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getPrecedent <em>Precedent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precedent</em>'.
	 * @see org.coprod.model.PoliticalProfile#getPrecedent()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_Precedent();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getAccountabilityMechanisms <em>Accountability Mechanisms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accountability Mechanisms</em>'.
	 * @see org.coprod.model.PoliticalProfile#getAccountabilityMechanisms()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_AccountabilityMechanisms();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.PoliticalProfile#getConstituency <em>Constituency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constituency</em>'.
	 * @see org.coprod.model.PoliticalProfile#getConstituency()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EAttribute getPoliticalProfile_Constituency();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.PoliticalProfile#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.PoliticalProfile#getSource()
	 * @see #getPoliticalProfile()
	 * @generated
	 */
	EReference getPoliticalProfile_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.ResourceContribution <em>Resource Contribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Contribution</em>'.
	 * @see org.coprod.model.ResourceContribution
	 * @generated
	 */
	EClass getResourceContribution();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.ResourceContribution#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Actor</em>'.
	 * @see org.coprod.model.ResourceContribution#getActor()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EReference getResourceContribution_Actor();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.coprod.model.ResourceContribution#getKind()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.coprod.model.ResourceContribution#getAmount()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.coprod.model.ResourceContribution#getCurrency()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.coprod.model.ResourceContribution#getYear()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.coprod.model.ResourceContribution#getComponent()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.ResourceContribution#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.ResourceContribution#getDescription()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EAttribute getResourceContribution_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.ResourceContribution#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.ResourceContribution#getSource()
	 * @see #getResourceContribution()
	 * @generated
	 */
	EReference getResourceContribution_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outcome</em>'.
	 * @see org.coprod.model.Outcome
	 * @generated
	 */
	EClass getOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.coprod.model.Outcome#getDomain()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.coprod.model.Outcome#getIndicator()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.coprod.model.Outcome#getValue()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.coprod.model.Outcome#getUnit()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.coprod.model.Outcome#getBaseline()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.coprod.model.Outcome#getYear()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Outcome#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Outcome#getDescription()
	 * @see #getOutcome()
	 * @generated
	 */
	EAttribute getOutcome_Description();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Outcome#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evidence</em>'.
	 * @see org.coprod.model.Outcome#getEvidence()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Evidence();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.Outcome#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.Outcome#getSource()
	 * @see #getOutcome()
	 * @generated
	 */
	EReference getOutcome_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.coprod.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Evidence#getId()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.coprod.model.Evidence#getType()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.coprod.model.Evidence#getMethod()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getCollector <em>Collector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collector</em>'.
	 * @see org.coprod.model.Evidence#getCollector()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Collector();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.coprod.model.Evidence#getDate()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#isHasComparison <em>Has Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Has Comparison</em>'.
	 * @see org.coprod.model.Evidence#isHasComparison()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_HasComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Evidence#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.Evidence#getDescription()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.Evidence#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.Evidence#getSource()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.BenefitClaim <em>Benefit Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Benefit Claim</em>'.
	 * @see org.coprod.model.BenefitClaim
	 * @generated
	 */
	EClass getBenefitClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.BenefitClaim#getBenefit <em>Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefit</em>'.
	 * @see org.coprod.model.BenefitClaim#getBenefit()
	 * @see #getBenefitClaim()
	 * @generated
	 */
	EAttribute getBenefitClaim_Benefit();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.BenefitClaim#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.coprod.model.BenefitClaim#getNote()
	 * @see #getBenefitClaim()
	 * @generated
	 */
	EAttribute getBenefitClaim_Note();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.BenefitClaim#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.BenefitClaim#getSource()
	 * @see #getBenefitClaim()
	 * @generated
	 */
	EReference getBenefitClaim_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.LimitationClaim <em>Limitation Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limitation Claim</em>'.
	 * @see org.coprod.model.LimitationClaim
	 * @generated
	 */
	EClass getLimitationClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.LimitationClaim#getLimitation <em>Limitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limitation</em>'.
	 * @see org.coprod.model.LimitationClaim#getLimitation()
	 * @see #getLimitationClaim()
	 * @generated
	 */
	EAttribute getLimitationClaim_Limitation();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.LimitationClaim#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.coprod.model.LimitationClaim#getNote()
	 * @see #getLimitationClaim()
	 * @generated
	 */
	EAttribute getLimitationClaim_Note();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.LimitationClaim#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.coprod.model.LimitationClaim#getSource()
	 * @see #getLimitationClaim()
	 * @generated
	 */
	EReference getLimitationClaim_Source();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.DiffusionLink <em>Diffusion Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diffusion Link</em>'.
	 * @see org.coprod.model.DiffusionLink
	 * @generated
	 */
	EClass getDiffusionLink();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.DiffusionLink#getToCase <em>To Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Case</em>'.
	 * @see org.coprod.model.DiffusionLink#getToCase()
	 * @see #getDiffusionLink()
	 * @generated
	 */
	EReference getDiffusionLink_ToCase();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DiffusionLink#getToCountry <em>To Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Country</em>'.
	 * @see org.coprod.model.DiffusionLink#getToCountry()
	 * @see #getDiffusionLink()
	 * @generated
	 */
	EAttribute getDiffusionLink_ToCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DiffusionLink#getMechanism <em>Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mechanism</em>'.
	 * @see org.coprod.model.DiffusionLink#getMechanism()
	 * @see #getDiffusionLink()
	 * @generated
	 */
	EAttribute getDiffusionLink_Mechanism();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DiffusionLink#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.coprod.model.DiffusionLink#getYear()
	 * @see #getDiffusionLink()
	 * @generated
	 */
	EAttribute getDiffusionLink_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.DiffusionLink#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.coprod.model.DiffusionLink#getDescription()
	 * @see #getDiffusionLink()
	 * @generated
	 */
	EAttribute getDiffusionLink_Description();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.coprod.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Note#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.coprod.model.Note#getTitle()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.coprod.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.coprod.model.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Note#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.coprod.model.Note#getDate()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Note#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.coprod.model.Note#getLanguage()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Language();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.coprod.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Source#getId()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.coprod.model.Source#getCitation()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getShortTitle <em>Short Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Title</em>'.
	 * @see org.coprod.model.Source#getShortTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ShortTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authors</em>'.
	 * @see org.coprod.model.Source#getAuthors()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.coprod.model.Source#getYear()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see org.coprod.model.Source#getDocument()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.coprod.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.SourceRef <em>Source Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Ref</em>'.
	 * @see org.coprod.model.SourceRef
	 * @generated
	 */
	EClass getSourceRef();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.SourceRef#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.coprod.model.SourceRef#getSource()
	 * @see #getSourceRef()
	 * @generated
	 */
	EReference getSourceRef_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.SourceRef#getLocator <em>Locator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locator</em>'.
	 * @see org.coprod.model.SourceRef#getLocator()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Locator();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.SourceRef#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.coprod.model.SourceRef#getQuote()
	 * @see #getSourceRef()
	 * @generated
	 */
	EAttribute getSourceRef_Quote();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.CodedRecord <em>Coded Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coded Record</em>'.
	 * @see org.coprod.model.CodedRecord
	 * @generated
	 */
	EClass getCodedRecord();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.CodedRecord#getCoder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coder</em>'.
	 * @see org.coprod.model.CodedRecord#getCoder()
	 * @see #getCodedRecord()
	 * @generated
	 */
	EReference getCodedRecord_Coder();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CodedRecord#getCodedOn <em>Coded On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coded On</em>'.
	 * @see org.coprod.model.CodedRecord#getCodedOn()
	 * @see #getCodedRecord()
	 * @generated
	 */
	EAttribute getCodedRecord_CodedOn();

	/**
	 * Returns the meta object for the reference list '{@link org.coprod.model.CodedRecord#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.coprod.model.CodedRecord#getSegments()
	 * @see #getCodedRecord()
	 * @generated
	 */
	EReference getCodedRecord_Segments();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Coder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coder</em>'.
	 * @see org.coprod.model.Coder
	 * @generated
	 */
	EClass getCoder();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Coder#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Coder#getId()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Coder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.Coder#getName()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Coder#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.coprod.model.Coder#getInitials()
	 * @see #getCoder()
	 * @generated
	 */
	EAttribute getCoder_Initials();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.CodableText <em>Codable Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codable Text</em>'.
	 * @see org.coprod.model.CodableText
	 * @generated
	 */
	EClass getCodableText();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CodableText#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.CodableText#getId()
	 * @see #getCodableText()
	 * @generated
	 */
	EAttribute getCodableText_Id();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.coprod.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.coprod.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.coprod.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Document#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.coprod.model.Document#getSource()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getImported <em>Imported</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported</em>'.
	 * @see org.coprod.model.Document#getImported()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Imported();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getOriginalFile <em>Original File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original File</em>'.
	 * @see org.coprod.model.Document#getOriginalFile()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_OriginalFile();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getTextDigest <em>Text Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Digest</em>'.
	 * @see org.coprod.model.Document#getTextDigest()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_TextDigest();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Document#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.coprod.model.Document#getLength()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Length();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Document#getMemos <em>Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memos</em>'.
	 * @see org.coprod.model.Document#getMemos()
	 * @see #getDocument()
	 * @generated
	 */
	EReference getDocument_Memos();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Codebook <em>Codebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Codebook</em>'.
	 * @see org.coprod.model.Codebook
	 * @generated
	 */
	EClass getCodebook();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Codebook#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Codes</em>'.
	 * @see org.coprod.model.Codebook#getCodes()
	 * @see #getCodebook()
	 * @generated
	 */
	EReference getCodebook_Codes();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Code <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code</em>'.
	 * @see org.coprod.model.Code
	 * @generated
	 */
	EClass getCode();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Code#getId()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.coprod.model.Code#getName()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.coprod.model.Code#getDefinition()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.coprod.model.Code#getColour()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#isCodable <em>Codable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Codable</em>'.
	 * @see org.coprod.model.Code#isCodable()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_Codable();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Code#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.coprod.model.Code#getParent()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Code#getBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.coprod.model.Code#getBuiltIn()
	 * @see #getCode()
	 * @generated
	 */
	EAttribute getCode_BuiltIn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.coprod.model.Code#getMemos <em>Memos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memos</em>'.
	 * @see org.coprod.model.Code#getMemos()
	 * @see #getCode()
	 * @generated
	 */
	EReference getCode_Memos();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.coprod.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Segment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Segment#getId()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Id();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Segment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Text</em>'.
	 * @see org.coprod.model.Segment#getText()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Segment#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.coprod.model.Segment#getStart()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Segment#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.coprod.model.Segment#getEnd()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_End();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Segment#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.coprod.model.Segment#getQuote()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Quote();

	/**
	 * Returns the meta object for the reference list '{@link org.coprod.model.Segment#getCodes <em>Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Codes</em>'.
	 * @see org.coprod.model.Segment#getCodes()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Codes();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Segment#getCoder <em>Coder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coder</em>'.
	 * @see org.coprod.model.Segment#getCoder()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Coder();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Segment#getCodedOn <em>Coded On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coded On</em>'.
	 * @see org.coprod.model.Segment#getCodedOn()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_CodedOn();

	/**
	 * Returns the meta object for the containment reference '{@link org.coprod.model.Segment#getMemo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Memo</em>'.
	 * @see org.coprod.model.Segment#getMemo()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Memo();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.Memo <em>Memo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memo</em>'.
	 * @see org.coprod.model.Memo
	 * @generated
	 */
	EClass getMemo();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Memo#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.coprod.model.Memo#getId()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Memo#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.coprod.model.Memo#getText()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Text();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.Memo#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.coprod.model.Memo#getAuthor()
	 * @see #getMemo()
	 * @generated
	 */
	EReference getMemo_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.Memo#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.coprod.model.Memo#getDate()
	 * @see #getMemo()
	 * @generated
	 */
	EAttribute getMemo_Date();

	/**
	 * Returns the meta object for class '{@link org.coprod.model.CodeSummary <em>Code Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Summary</em>'.
	 * @see org.coprod.model.CodeSummary
	 * @generated
	 */
	EClass getCodeSummary();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.CodeSummary#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Code</em>'.
	 * @see org.coprod.model.CodeSummary#getCode()
	 * @see #getCodeSummary()
	 * @generated
	 */
	EReference getCodeSummary_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CodeSummary#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.coprod.model.CodeSummary#getText()
	 * @see #getCodeSummary()
	 * @generated
	 */
	EAttribute getCodeSummary_Text();

	/**
	 * Returns the meta object for the reference '{@link org.coprod.model.CodeSummary#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.coprod.model.CodeSummary#getAuthor()
	 * @see #getCodeSummary()
	 * @generated
	 */
	EReference getCodeSummary_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.coprod.model.CodeSummary#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.coprod.model.CodeSummary#getDate()
	 * @see #getCodeSummary()
	 * @generated
	 */
	EAttribute getCodeSummary_Date();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.CaseType <em>Case Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Type</em>'.
	 * @see org.coprod.model.CaseType
	 * @generated
	 */
	EEnum getCaseType();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.InitiatorMode <em>Initiator Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiator Mode</em>'.
	 * @see org.coprod.model.InitiatorMode
	 * @generated
	 */
	EEnum getInitiatorMode();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector</em>'.
	 * @see org.coprod.model.Sector
	 * @generated
	 */
	EEnum getSector();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.ValueChainStage <em>Value Chain Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Chain Stage</em>'.
	 * @see org.coprod.model.ValueChainStage
	 * @generated
	 */
	EEnum getValueChainStage();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.RoleKind <em>Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Kind</em>'.
	 * @see org.coprod.model.RoleKind
	 * @generated
	 */
	EEnum getRoleKind();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.ActorType <em>Actor Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Type</em>'.
	 * @see org.coprod.model.ActorType
	 * @generated
	 */
	EEnum getActorType();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Driver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Driver</em>'.
	 * @see org.coprod.model.Driver
	 * @generated
	 */
	EEnum getDriver();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.AssignedBy <em>Assigned By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assigned By</em>'.
	 * @see org.coprod.model.AssignedBy
	 * @generated
	 */
	EEnum getAssignedBy();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see org.coprod.model.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.ContributionKind <em>Contribution Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contribution Kind</em>'.
	 * @see org.coprod.model.ContributionKind
	 * @generated
	 */
	EEnum getContributionKind();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.OutcomeDomain <em>Outcome Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome Domain</em>'.
	 * @see org.coprod.model.OutcomeDomain
	 * @generated
	 */
	EEnum getOutcomeDomain();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.EvidenceType <em>Evidence Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Type</em>'.
	 * @see org.coprod.model.EvidenceType
	 * @generated
	 */
	EEnum getEvidenceType();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Collector <em>Collector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Collector</em>'.
	 * @see org.coprod.model.Collector
	 * @generated
	 */
	EEnum getCollector();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Benefit <em>Benefit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Benefit</em>'.
	 * @see org.coprod.model.Benefit
	 * @generated
	 */
	EEnum getBenefit();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Limitation <em>Limitation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Limitation</em>'.
	 * @see org.coprod.model.Limitation
	 * @generated
	 */
	EEnum getLimitation();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.StrategyContext <em>Strategy Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strategy Context</em>'.
	 * @see org.coprod.model.StrategyContext
	 * @generated
	 */
	EEnum getStrategyContext();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.coprod.model.Level
	 * @generated
	 */
	EEnum getLevel();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.StateStance <em>State Stance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>State Stance</em>'.
	 * @see org.coprod.model.StateStance
	 * @generated
	 */
	EEnum getStateStance();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.NetworkLevel <em>Network Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Level</em>'.
	 * @see org.coprod.model.NetworkLevel
	 * @generated
	 */
	EEnum getNetworkLevel();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.DataActivity <em>Data Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Activity</em>'.
	 * @see org.coprod.model.DataActivity
	 * @generated
	 */
	EEnum getDataActivity();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.DiffusionMechanism <em>Diffusion Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diffusion Mechanism</em>'.
	 * @see org.coprod.model.DiffusionMechanism
	 * @generated
	 */
	EEnum getDiffusionMechanism();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.DefinitionLens <em>Definition Lens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Definition Lens</em>'.
	 * @see org.coprod.model.DefinitionLens
	 * @generated
	 */
	EEnum getDefinitionLens();

	/**
	 * Returns the meta object for enum '{@link org.coprod.model.CoProducerType <em>Co Producer Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Co Producer Type</em>'.
	 * @see org.coprod.model.CoProducerType
	 * @generated
	 */
	EEnum getCoProducerType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoprodFactory getCoprodFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CaseLibraryImpl <em>Case Library</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CaseLibraryImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCaseLibrary()
		 * @generated
		 */
		EClass CASE_LIBRARY = eINSTANCE.getCaseLibrary();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_LIBRARY__NAME = eINSTANCE.getCaseLibrary_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_LIBRARY__DESCRIPTION = eINSTANCE.getCaseLibrary_Description();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_LIBRARY__FORMAT_VERSION = eINSTANCE.getCaseLibrary_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Typologies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__TYPOLOGIES = eINSTANCE.getCaseLibrary_Typologies();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__ACTORS = eINSTANCE.getCaseLibrary_Actors();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__SOURCES = eINSTANCE.getCaseLibrary_Sources();

		/**
		 * The meta object literal for the '<em><b>Coders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__CODERS = eINSTANCE.getCaseLibrary_Coders();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__DOCUMENTS = eINSTANCE.getCaseLibrary_Documents();

		/**
		 * The meta object literal for the '<em><b>Codebook</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__CODEBOOK = eINSTANCE.getCaseLibrary_Codebook();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_LIBRARY__CASES = eINSTANCE.getCaseLibrary_Cases();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.TypologyImpl <em>Typology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.TypologyImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getTypology()
		 * @generated
		 */
		EClass TYPOLOGY = eINSTANCE.getTypology();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY__ID = eINSTANCE.getTypology_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY__NAME = eINSTANCE.getTypology_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY__DESCRIPTION = eINSTANCE.getTypology_Description();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY__BUILT_IN = eINSTANCE.getTypology_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY__DIMENSIONS = eINSTANCE.getTypology_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY__CELLS = eINSTANCE.getTypology_Cells();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.TypologyDimensionImpl <em>Typology Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.TypologyDimensionImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyDimension()
		 * @generated
		 */
		EClass TYPOLOGY_DIMENSION = eINSTANCE.getTypologyDimension();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_DIMENSION__ID = eINSTANCE.getTypologyDimension_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_DIMENSION__NAME = eINSTANCE.getTypologyDimension_Name();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY_DIMENSION__VALUES = eINSTANCE.getTypologyDimension_Values();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.DimensionValueImpl <em>Dimension Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.DimensionValueImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDimensionValue()
		 * @generated
		 */
		EClass DIMENSION_VALUE = eINSTANCE.getDimensionValue();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_VALUE__ID = eINSTANCE.getDimensionValue_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_VALUE__CODE = eINSTANCE.getDimensionValue_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_VALUE__LABEL = eINSTANCE.getDimensionValue_Label();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_VALUE__DEFINITION = eINSTANCE.getDimensionValue_Definition();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION_VALUE__GUIDANCE = eINSTANCE.getDimensionValue_Guidance();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.TypologyCellImpl <em>Typology Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.TypologyCellImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyCell()
		 * @generated
		 */
		EClass TYPOLOGY_CELL = eINSTANCE.getTypologyCell();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__ID = eINSTANCE.getTypologyCell_Id();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__CODE = eINSTANCE.getTypologyCell_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__NAME = eINSTANCE.getTypologyCell_Name();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY_CELL__VALUES = eINSTANCE.getTypologyCell_Values();

		/**
		 * The meta object literal for the '<em><b>Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__APPLICABLE = eINSTANCE.getTypologyCell_Applicable();

		/**
		 * The meta object literal for the '<em><b>Exemplars</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__EXEMPLARS = eINSTANCE.getTypologyCell_Exemplars();

		/**
		 * The meta object literal for the '<em><b>Synonyms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__SYNONYMS = eINSTANCE.getTypologyCell_Synonyms();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CELL__DESCRIPTION = eINSTANCE.getTypologyCell_Description();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CaseImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ID = eINSTANCE.getCase_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__NAME = eINSTANCE.getCase_Name();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ALIASES = eINSTANCE.getCase_Aliases();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SUMMARY = eINSTANCE.getCase_Summary();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__COUNTRIES = eINSTANCE.getCase_Countries();

		/**
		 * The meta object literal for the '<em><b>Places</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PLACES = eINSTANCE.getCase_Places();

		/**
		 * The meta object literal for the '<em><b>Sectors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SECTORS = eINSTANCE.getCase_Sectors();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PERIOD_START = eINSTANCE.getCase_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PERIOD_END = eINSTANCE.getCase_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Ongoing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__ONGOING = eINSTANCE.getCase_Ongoing();

		/**
		 * The meta object literal for the '<em><b>Period Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__PERIOD_NOTE = eINSTANCE.getCase_PeriodNote();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__PARENT = eINSTANCE.getCase_Parent();

		/**
		 * The meta object literal for the '<em><b>Case Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CASE_TYPE = eINSTANCE.getCase_CaseType();

		/**
		 * The meta object literal for the '<em><b>Initiator Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__INITIATOR_MODE = eINSTANCE.getCase_InitiatorMode();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CONTEXT = eINSTANCE.getCase_Context();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__SCALE = eINSTANCE.getCase_Scale();

		/**
		 * The meta object literal for the '<em><b>Co Producers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CO_PRODUCERS = eINSTANCE.getCase_CoProducers();

		/**
		 * The meta object literal for the '<em><b>Meets Definitions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__MEETS_DEFINITIONS = eINSTANCE.getCase_MeetsDefinitions();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__PHASES = eINSTANCE.getCase_Phases();

		/**
		 * The meta object literal for the '<em><b>Codings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CODINGS = eINSTANCE.getCase_Codings();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__ROLES = eINSTANCE.getCase_Roles();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__DRIVERS = eINSTANCE.getCase_Drivers();

		/**
		 * The meta object literal for the '<em><b>Political Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__POLITICAL_PROFILE = eINSTANCE.getCase_PoliticalProfile();

		/**
		 * The meta object literal for the '<em><b>Contributions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CONTRIBUTIONS = eINSTANCE.getCase_Contributions();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__OUTCOMES = eINSTANCE.getCase_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__EVIDENCE = eINSTANCE.getCase_Evidence();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__BENEFITS = eINSTANCE.getCase_Benefits();

		/**
		 * The meta object literal for the '<em><b>Limitations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LIMITATIONS = eINSTANCE.getCase_Limitations();

		/**
		 * The meta object literal for the '<em><b>Diffusion</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__DIFFUSION = eINSTANCE.getCase_Diffusion();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__NOTES = eINSTANCE.getCase_Notes();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SOURCES = eINSTANCE.getCase_Sources();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__DOCUMENTS = eINSTANCE.getCase_Documents();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__SEGMENTS = eINSTANCE.getCase_Segments();

		/**
		 * The meta object literal for the '<em><b>Memos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__MEMOS = eINSTANCE.getCase_Memos();

		/**
		 * The meta object literal for the '<em><b>Code Summaries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CODE_SUMMARIES = eINSTANCE.getCase_CodeSummaries();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.PhaseImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__ID = eINSTANCE.getPhase_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__LABEL = eINSTANCE.getPhase_Label();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__START_YEAR = eINSTANCE.getPhase_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__END_YEAR = eINSTANCE.getPhase_EndYear();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__DESCRIPTION = eINSTANCE.getPhase_Description();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.TypologyCodingImpl <em>Typology Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.TypologyCodingImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getTypologyCoding()
		 * @generated
		 */
		EClass TYPOLOGY_CODING = eINSTANCE.getTypologyCoding();

		/**
		 * The meta object literal for the '<em><b>Cell</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY_CODING__CELL = eINSTANCE.getTypologyCoding_Cell();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY_CODING__PHASE = eINSTANCE.getTypologyCoding_Phase();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CODING__COMPONENT = eINSTANCE.getTypologyCoding_Component();

		/**
		 * The meta object literal for the '<em><b>Assigned By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CODING__ASSIGNED_BY = eINSTANCE.getTypologyCoding_AssignedBy();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CODING__CONFIDENCE = eINSTANCE.getTypologyCoding_Confidence();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPOLOGY_CODING__JUSTIFICATION = eINSTANCE.getTypologyCoding_Justification();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TYPOLOGY_CODING__SOURCE = eINSTANCE.getTypologyCoding_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.ActorImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ID = eINSTANCE.getActor_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ALIASES = eINSTANCE.getActor_Aliases();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__TYPE = eINSTANCE.getActor_Type();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__COUNTRY = eINSTANCE.getActor_Country();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__PARENT = eINSTANCE.getActor_Parent();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__DESCRIPTION = eINSTANCE.getActor_Description();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.RoleImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__ACTOR = eINSTANCE.getRole_Actor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__KIND = eINSTANCE.getRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__STAGES = eINSTANCE.getRole_Stages();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__PHASE = eINSTANCE.getRole_Phase();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__COMPONENT = eINSTANCE.getRole_Component();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__START_YEAR = eINSTANCE.getRole_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__END_YEAR = eINSTANCE.getRole_EndYear();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__DESCRIPTION = eINSTANCE.getRole_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE__SOURCE = eINSTANCE.getRole_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.DriverCodingImpl <em>Driver Coding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.DriverCodingImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDriverCoding()
		 * @generated
		 */
		EClass DRIVER_CODING = eINSTANCE.getDriverCoding();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_CODING__DRIVER = eINSTANCE.getDriverCoding_Driver();

		/**
		 * The meta object literal for the '<em><b>Assigned By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_CODING__ASSIGNED_BY = eINSTANCE.getDriverCoding_AssignedBy();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_CODING__CONFIDENCE = eINSTANCE.getDriverCoding_Confidence();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DRIVER_CODING__JUSTIFICATION = eINSTANCE.getDriverCoding_Justification();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DRIVER_CODING__SOURCE = eINSTANCE.getDriverCoding_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.PoliticalProfileImpl <em>Political Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.PoliticalProfileImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getPoliticalProfile()
		 * @generated
		 */
		EClass POLITICAL_PROFILE = eINSTANCE.getPoliticalProfile();

		/**
		 * The meta object literal for the '<em><b>Strategy Contexts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__STRATEGY_CONTEXTS = eINSTANCE.getPoliticalProfile_StrategyContexts();

		/**
		 * The meta object literal for the '<em><b>Clientelist Context</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__CLIENTELIST_CONTEXT = eINSTANCE.getPoliticalProfile_ClientelistContext();

		/**
		 * The meta object literal for the '<em><b>Patron Types</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__PATRON_TYPES = eINSTANCE.getPoliticalProfile_PatronTypes();

		/**
		 * The meta object literal for the '<em><b>Exchange Goods</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__EXCHANGE_GOODS = eINSTANCE.getPoliticalProfile_ExchangeGoods();

		/**
		 * The meta object literal for the '<em><b>State Stance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__STATE_STANCE = eINSTANCE.getPoliticalProfile_StateStance();

		/**
		 * The meta object literal for the '<em><b>Agreement Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__AGREEMENT_TYPE = eINSTANCE.getPoliticalProfile_AgreementType();

		/**
		 * The meta object literal for the '<em><b>Confrontation Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__CONFRONTATION_LEVEL = eINSTANCE.getPoliticalProfile_ConfrontationLevel();

		/**
		 * The meta object literal for the '<em><b>Cooptation Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__COOPTATION_RISK = eINSTANCE.getPoliticalProfile_CooptationRisk();

		/**
		 * The meta object literal for the '<em><b>Network Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__NETWORK_LEVEL = eINSTANCE.getPoliticalProfile_NetworkLevel();

		/**
		 * The meta object literal for the '<em><b>Affiliation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__AFFILIATION = eINSTANCE.getPoliticalProfile_Affiliation();

		/**
		 * The meta object literal for the '<em><b>Savings Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__SAVINGS_SCHEME = eINSTANCE.getPoliticalProfile_SavingsScheme();

		/**
		 * The meta object literal for the '<em><b>Savings Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__SAVINGS_MEMBERS = eINSTANCE.getPoliticalProfile_SavingsMembers();

		/**
		 * The meta object literal for the '<em><b>Women Share Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__WOMEN_SHARE_PERCENT = eINSTANCE.getPoliticalProfile_WomenSharePercent();

		/**
		 * The meta object literal for the '<em><b>Funds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__FUNDS = eINSTANCE.getPoliticalProfile_Funds();

		/**
		 * The meta object literal for the '<em><b>Data Activities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__DATA_ACTIVITIES = eINSTANCE.getPoliticalProfile_DataActivities();

		/**
		 * The meta object literal for the '<em><b>Precedent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__PRECEDENT = eINSTANCE.getPoliticalProfile_Precedent();

		/**
		 * The meta object literal for the '<em><b>Accountability Mechanisms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS = eINSTANCE.getPoliticalProfile_AccountabilityMechanisms();

		/**
		 * The meta object literal for the '<em><b>Constituency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLITICAL_PROFILE__CONSTITUENCY = eINSTANCE.getPoliticalProfile_Constituency();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLITICAL_PROFILE__SOURCE = eINSTANCE.getPoliticalProfile_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.ResourceContributionImpl <em>Resource Contribution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.ResourceContributionImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getResourceContribution()
		 * @generated
		 */
		EClass RESOURCE_CONTRIBUTION = eINSTANCE.getResourceContribution();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CONTRIBUTION__ACTOR = eINSTANCE.getResourceContribution_Actor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__KIND = eINSTANCE.getResourceContribution_Kind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__AMOUNT = eINSTANCE.getResourceContribution_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__CURRENCY = eINSTANCE.getResourceContribution_Currency();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__YEAR = eINSTANCE.getResourceContribution_Year();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__COMPONENT = eINSTANCE.getResourceContribution_Component();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_CONTRIBUTION__DESCRIPTION = eINSTANCE.getResourceContribution_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_CONTRIBUTION__SOURCE = eINSTANCE.getResourceContribution_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.OutcomeImpl <em>Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.OutcomeImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getOutcome()
		 * @generated
		 */
		EClass OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__DOMAIN = eINSTANCE.getOutcome_Domain();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__INDICATOR = eINSTANCE.getOutcome_Indicator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__VALUE = eINSTANCE.getOutcome_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__UNIT = eINSTANCE.getOutcome_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__BASELINE = eINSTANCE.getOutcome_Baseline();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__YEAR = eINSTANCE.getOutcome_Year();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTCOME__DESCRIPTION = eINSTANCE.getOutcome_Description();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__EVIDENCE = eINSTANCE.getOutcome_Evidence();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTCOME__SOURCE = eINSTANCE.getOutcome_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.EvidenceImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__ID = eINSTANCE.getEvidence_Id();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TYPE = eINSTANCE.getEvidence_Type();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__METHOD = eINSTANCE.getEvidence_Method();

		/**
		 * The meta object literal for the '<em><b>Collector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__COLLECTOR = eINSTANCE.getEvidence_Collector();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DATE = eINSTANCE.getEvidence_Date();

		/**
		 * The meta object literal for the '<em><b>Has Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__HAS_COMPARISON = eINSTANCE.getEvidence_HasComparison();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__DESCRIPTION = eINSTANCE.getEvidence_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__SOURCE = eINSTANCE.getEvidence_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.BenefitClaimImpl <em>Benefit Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.BenefitClaimImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getBenefitClaim()
		 * @generated
		 */
		EClass BENEFIT_CLAIM = eINSTANCE.getBenefitClaim();

		/**
		 * The meta object literal for the '<em><b>Benefit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_CLAIM__BENEFIT = eINSTANCE.getBenefitClaim_Benefit();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BENEFIT_CLAIM__NOTE = eINSTANCE.getBenefitClaim_Note();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BENEFIT_CLAIM__SOURCE = eINSTANCE.getBenefitClaim_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.LimitationClaimImpl <em>Limitation Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.LimitationClaimImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getLimitationClaim()
		 * @generated
		 */
		EClass LIMITATION_CLAIM = eINSTANCE.getLimitationClaim();

		/**
		 * The meta object literal for the '<em><b>Limitation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITATION_CLAIM__LIMITATION = eINSTANCE.getLimitationClaim_Limitation();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIMITATION_CLAIM__NOTE = eINSTANCE.getLimitationClaim_Note();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMITATION_CLAIM__SOURCE = eINSTANCE.getLimitationClaim_Source();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.DiffusionLinkImpl <em>Diffusion Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.DiffusionLinkImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDiffusionLink()
		 * @generated
		 */
		EClass DIFFUSION_LINK = eINSTANCE.getDiffusionLink();

		/**
		 * The meta object literal for the '<em><b>To Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIFFUSION_LINK__TO_CASE = eINSTANCE.getDiffusionLink_ToCase();

		/**
		 * The meta object literal for the '<em><b>To Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFUSION_LINK__TO_COUNTRY = eINSTANCE.getDiffusionLink_ToCountry();

		/**
		 * The meta object literal for the '<em><b>Mechanism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFUSION_LINK__MECHANISM = eINSTANCE.getDiffusionLink_Mechanism();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFUSION_LINK__YEAR = eINSTANCE.getDiffusionLink_Year();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFFUSION_LINK__DESCRIPTION = eINSTANCE.getDiffusionLink_Description();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.NoteImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TITLE = eINSTANCE.getNote_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__DATE = eINSTANCE.getNote_Date();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__LANGUAGE = eINSTANCE.getNote_Language();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.SourceImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ID = eINSTANCE.getSource_Id();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CITATION = eINSTANCE.getSource_Citation();

		/**
		 * The meta object literal for the '<em><b>Short Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SHORT_TITLE = eINSTANCE.getSource_ShortTitle();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHORS = eINSTANCE.getSource_Authors();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__YEAR = eINSTANCE.getSource_Year();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DOCUMENT = eINSTANCE.getSource_Document();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.SourceRefImpl <em>Source Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.SourceRefImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getSourceRef()
		 * @generated
		 */
		EClass SOURCE_REF = eINSTANCE.getSourceRef();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_REF__SOURCE = eINSTANCE.getSourceRef_Source();

		/**
		 * The meta object literal for the '<em><b>Locator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__LOCATOR = eINSTANCE.getSourceRef_Locator();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_REF__QUOTE = eINSTANCE.getSourceRef_Quote();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CodedRecordImpl <em>Coded Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CodedRecordImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCodedRecord()
		 * @generated
		 */
		EClass CODED_RECORD = eINSTANCE.getCodedRecord();

		/**
		 * The meta object literal for the '<em><b>Coder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_RECORD__CODER = eINSTANCE.getCodedRecord_Coder();

		/**
		 * The meta object literal for the '<em><b>Coded On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED_RECORD__CODED_ON = eINSTANCE.getCodedRecord_CodedOn();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODED_RECORD__SEGMENTS = eINSTANCE.getCodedRecord_Segments();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CoderImpl <em>Coder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CoderImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCoder()
		 * @generated
		 */
		EClass CODER = eINSTANCE.getCoder();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__ID = eINSTANCE.getCoder_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__NAME = eINSTANCE.getCoder_Name();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODER__INITIALS = eINSTANCE.getCoder_Initials();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CodableTextImpl <em>Codable Text</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CodableTextImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCodableText()
		 * @generated
		 */
		EClass CODABLE_TEXT = eINSTANCE.getCodableText();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODABLE_TEXT__ID = eINSTANCE.getCodableText_Id();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.DocumentImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__SOURCE = eINSTANCE.getDocument_Source();

		/**
		 * The meta object literal for the '<em><b>Imported</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__IMPORTED = eINSTANCE.getDocument_Imported();

		/**
		 * The meta object literal for the '<em><b>Original File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ORIGINAL_FILE = eINSTANCE.getDocument_OriginalFile();

		/**
		 * The meta object literal for the '<em><b>Text Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT_DIGEST = eINSTANCE.getDocument_TextDigest();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LENGTH = eINSTANCE.getDocument_Length();

		/**
		 * The meta object literal for the '<em><b>Memos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT__MEMOS = eINSTANCE.getDocument_Memos();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CodebookImpl <em>Codebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CodebookImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCodebook()
		 * @generated
		 */
		EClass CODEBOOK = eINSTANCE.getCodebook();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODEBOOK__CODES = eINSTANCE.getCodebook_Codes();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CodeImpl <em>Code</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CodeImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCode()
		 * @generated
		 */
		EClass CODE = eINSTANCE.getCode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__ID = eINSTANCE.getCode_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__NAME = eINSTANCE.getCode_Name();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__DEFINITION = eINSTANCE.getCode_Definition();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__COLOUR = eINSTANCE.getCode_Colour();

		/**
		 * The meta object literal for the '<em><b>Codable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__CODABLE = eINSTANCE.getCode_Codable();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__PARENT = eINSTANCE.getCode_Parent();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE__BUILT_IN = eINSTANCE.getCode_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Memos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE__MEMOS = eINSTANCE.getCode_Memos();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.SegmentImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__ID = eINSTANCE.getSegment_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__TEXT = eINSTANCE.getSegment_Text();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__START = eINSTANCE.getSegment_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__END = eINSTANCE.getSegment_End();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__QUOTE = eINSTANCE.getSegment_Quote();

		/**
		 * The meta object literal for the '<em><b>Codes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__CODES = eINSTANCE.getSegment_Codes();

		/**
		 * The meta object literal for the '<em><b>Coder</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__CODER = eINSTANCE.getSegment_Coder();

		/**
		 * The meta object literal for the '<em><b>Coded On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__CODED_ON = eINSTANCE.getSegment_CodedOn();

		/**
		 * The meta object literal for the '<em><b>Memo</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__MEMO = eINSTANCE.getSegment_Memo();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.MemoImpl <em>Memo</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.MemoImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getMemo()
		 * @generated
		 */
		EClass MEMO = eINSTANCE.getMemo();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__ID = eINSTANCE.getMemo_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__TEXT = eINSTANCE.getMemo_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMO__AUTHOR = eINSTANCE.getMemo_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMO__DATE = eINSTANCE.getMemo_Date();

		/**
		 * The meta object literal for the '{@link org.coprod.model.impl.CodeSummaryImpl <em>Code Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.impl.CodeSummaryImpl
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCodeSummary()
		 * @generated
		 */
		EClass CODE_SUMMARY = eINSTANCE.getCodeSummary();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_SUMMARY__CODE = eINSTANCE.getCodeSummary_Code();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_SUMMARY__TEXT = eINSTANCE.getCodeSummary_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CODE_SUMMARY__AUTHOR = eINSTANCE.getCodeSummary_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODE_SUMMARY__DATE = eINSTANCE.getCodeSummary_Date();

		/**
		 * The meta object literal for the '{@link org.coprod.model.CaseType <em>Case Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.CaseType
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCaseType()
		 * @generated
		 */
		EEnum CASE_TYPE = eINSTANCE.getCaseType();

		/**
		 * The meta object literal for the '{@link org.coprod.model.InitiatorMode <em>Initiator Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.InitiatorMode
		 * @see org.coprod.model.impl.CoprodPackageImpl#getInitiatorMode()
		 * @generated
		 */
		EEnum INITIATOR_MODE = eINSTANCE.getInitiatorMode();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Sector <em>Sector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Sector
		 * @see org.coprod.model.impl.CoprodPackageImpl#getSector()
		 * @generated
		 */
		EEnum SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '{@link org.coprod.model.ValueChainStage <em>Value Chain Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.ValueChainStage
		 * @see org.coprod.model.impl.CoprodPackageImpl#getValueChainStage()
		 * @generated
		 */
		EEnum VALUE_CHAIN_STAGE = eINSTANCE.getValueChainStage();

		/**
		 * The meta object literal for the '{@link org.coprod.model.RoleKind <em>Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.RoleKind
		 * @see org.coprod.model.impl.CoprodPackageImpl#getRoleKind()
		 * @generated
		 */
		EEnum ROLE_KIND = eINSTANCE.getRoleKind();

		/**
		 * The meta object literal for the '{@link org.coprod.model.ActorType <em>Actor Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.ActorType
		 * @see org.coprod.model.impl.CoprodPackageImpl#getActorType()
		 * @generated
		 */
		EEnum ACTOR_TYPE = eINSTANCE.getActorType();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Driver <em>Driver</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Driver
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDriver()
		 * @generated
		 */
		EEnum DRIVER = eINSTANCE.getDriver();

		/**
		 * The meta object literal for the '{@link org.coprod.model.AssignedBy <em>Assigned By</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.AssignedBy
		 * @see org.coprod.model.impl.CoprodPackageImpl#getAssignedBy()
		 * @generated
		 */
		EEnum ASSIGNED_BY = eINSTANCE.getAssignedBy();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Confidence
		 * @see org.coprod.model.impl.CoprodPackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

		/**
		 * The meta object literal for the '{@link org.coprod.model.ContributionKind <em>Contribution Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.ContributionKind
		 * @see org.coprod.model.impl.CoprodPackageImpl#getContributionKind()
		 * @generated
		 */
		EEnum CONTRIBUTION_KIND = eINSTANCE.getContributionKind();

		/**
		 * The meta object literal for the '{@link org.coprod.model.OutcomeDomain <em>Outcome Domain</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.OutcomeDomain
		 * @see org.coprod.model.impl.CoprodPackageImpl#getOutcomeDomain()
		 * @generated
		 */
		EEnum OUTCOME_DOMAIN = eINSTANCE.getOutcomeDomain();

		/**
		 * The meta object literal for the '{@link org.coprod.model.EvidenceType <em>Evidence Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.EvidenceType
		 * @see org.coprod.model.impl.CoprodPackageImpl#getEvidenceType()
		 * @generated
		 */
		EEnum EVIDENCE_TYPE = eINSTANCE.getEvidenceType();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Collector <em>Collector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Collector
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCollector()
		 * @generated
		 */
		EEnum COLLECTOR = eINSTANCE.getCollector();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Benefit <em>Benefit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Benefit
		 * @see org.coprod.model.impl.CoprodPackageImpl#getBenefit()
		 * @generated
		 */
		EEnum BENEFIT = eINSTANCE.getBenefit();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Limitation <em>Limitation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Limitation
		 * @see org.coprod.model.impl.CoprodPackageImpl#getLimitation()
		 * @generated
		 */
		EEnum LIMITATION = eINSTANCE.getLimitation();

		/**
		 * The meta object literal for the '{@link org.coprod.model.StrategyContext <em>Strategy Context</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.StrategyContext
		 * @see org.coprod.model.impl.CoprodPackageImpl#getStrategyContext()
		 * @generated
		 */
		EEnum STRATEGY_CONTEXT = eINSTANCE.getStrategyContext();

		/**
		 * The meta object literal for the '{@link org.coprod.model.Level <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.Level
		 * @see org.coprod.model.impl.CoprodPackageImpl#getLevel()
		 * @generated
		 */
		EEnum LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '{@link org.coprod.model.StateStance <em>State Stance</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.StateStance
		 * @see org.coprod.model.impl.CoprodPackageImpl#getStateStance()
		 * @generated
		 */
		EEnum STATE_STANCE = eINSTANCE.getStateStance();

		/**
		 * The meta object literal for the '{@link org.coprod.model.NetworkLevel <em>Network Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.NetworkLevel
		 * @see org.coprod.model.impl.CoprodPackageImpl#getNetworkLevel()
		 * @generated
		 */
		EEnum NETWORK_LEVEL = eINSTANCE.getNetworkLevel();

		/**
		 * The meta object literal for the '{@link org.coprod.model.DataActivity <em>Data Activity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.DataActivity
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDataActivity()
		 * @generated
		 */
		EEnum DATA_ACTIVITY = eINSTANCE.getDataActivity();

		/**
		 * The meta object literal for the '{@link org.coprod.model.DiffusionMechanism <em>Diffusion Mechanism</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.DiffusionMechanism
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDiffusionMechanism()
		 * @generated
		 */
		EEnum DIFFUSION_MECHANISM = eINSTANCE.getDiffusionMechanism();

		/**
		 * The meta object literal for the '{@link org.coprod.model.DefinitionLens <em>Definition Lens</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.DefinitionLens
		 * @see org.coprod.model.impl.CoprodPackageImpl#getDefinitionLens()
		 * @generated
		 */
		EEnum DEFINITION_LENS = eINSTANCE.getDefinitionLens();

		/**
		 * The meta object literal for the '{@link org.coprod.model.CoProducerType <em>Co Producer Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.coprod.model.CoProducerType
		 * @see org.coprod.model.impl.CoprodPackageImpl#getCoProducerType()
		 * @generated
		 */
		EEnum CO_PRODUCER_TYPE = eINSTANCE.getCoProducerType();

	}

} //CoprodPackage
