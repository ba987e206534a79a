/**
 */
package org.coprod.model.provider;


import java.util.Collection;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.coprod.model.Case} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CaseItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addAliasesPropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
			addCountriesPropertyDescriptor(object);
			addPlacesPropertyDescriptor(object);
			addSectorsPropertyDescriptor(object);
			addPeriodStartPropertyDescriptor(object);
			addPeriodEndPropertyDescriptor(object);
			addOngoingPropertyDescriptor(object);
			addPeriodNotePropertyDescriptor(object);
			addParentPropertyDescriptor(object);
			addCaseTypePropertyDescriptor(object);
			addInitiatorModePropertyDescriptor(object);
			addContextPropertyDescriptor(object);
			addScalePropertyDescriptor(object);
			addCoProducersPropertyDescriptor(object);
			addMeetsDefinitionsPropertyDescriptor(object);
			addDocumentsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_id_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_name_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Aliases feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAliasesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_aliases_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_aliases_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__ALIASES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_summary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_summary_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__SUMMARY,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Countries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_countries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_countries_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__COUNTRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Places feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPlacesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_places_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_places_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__PLACES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sectors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSectorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_sectors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_sectors_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__SECTORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_periodStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_periodStart_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__PERIOD_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_periodEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_periodEnd_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__PERIOD_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ongoing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOngoingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_ongoing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_ongoing_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__ONGOING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period Note feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodNotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_periodNote_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_periodNote_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__PERIOD_NOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_parent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_parent_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__PARENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Case Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaseTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_caseType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_caseType_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__CASE_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Initiator Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitiatorModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_initiatorMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_initiatorMode_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__INITIATOR_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Context feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_context_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_context_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__CONTEXT,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_scale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_scale_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Co Producers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoProducersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_coProducers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_coProducers_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__CO_PRODUCERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Meets Definitions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeetsDefinitionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_meetsDefinitions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_meetsDefinitions_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__MEETS_DEFINITIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Documents feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDocumentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Case_documents_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Case_documents_feature", "_UI_Case_type"),
				 CoprodPackage.Literals.CASE__DOCUMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CoprodPackage.Literals.CASE__PHASES);
			childrenFeatures.add(CoprodPackage.Literals.CASE__CODINGS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__ROLES);
			childrenFeatures.add(CoprodPackage.Literals.CASE__DRIVERS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__POLITICAL_PROFILE);
			childrenFeatures.add(CoprodPackage.Literals.CASE__CONTRIBUTIONS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__OUTCOMES);
			childrenFeatures.add(CoprodPackage.Literals.CASE__EVIDENCE);
			childrenFeatures.add(CoprodPackage.Literals.CASE__BENEFITS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__LIMITATIONS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__DIFFUSION);
			childrenFeatures.add(CoprodPackage.Literals.CASE__NOTES);
			childrenFeatures.add(CoprodPackage.Literals.CASE__SOURCES);
			childrenFeatures.add(CoprodPackage.Literals.CASE__SEGMENTS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__MEMOS);
			childrenFeatures.add(CoprodPackage.Literals.CASE__CODE_SUMMARIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Case.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Case"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Case)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Case_type") :
			getString("_UI_Case_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Case.class)) {
			case CoprodPackage.CASE__ID:
			case CoprodPackage.CASE__NAME:
			case CoprodPackage.CASE__ALIASES:
			case CoprodPackage.CASE__SUMMARY:
			case CoprodPackage.CASE__COUNTRIES:
			case CoprodPackage.CASE__PLACES:
			case CoprodPackage.CASE__SECTORS:
			case CoprodPackage.CASE__PERIOD_START:
			case CoprodPackage.CASE__PERIOD_END:
			case CoprodPackage.CASE__ONGOING:
			case CoprodPackage.CASE__PERIOD_NOTE:
			case CoprodPackage.CASE__CASE_TYPE:
			case CoprodPackage.CASE__INITIATOR_MODE:
			case CoprodPackage.CASE__CONTEXT:
			case CoprodPackage.CASE__SCALE:
			case CoprodPackage.CASE__CO_PRODUCERS:
			case CoprodPackage.CASE__MEETS_DEFINITIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoprodPackage.CASE__PHASES:
			case CoprodPackage.CASE__CODINGS:
			case CoprodPackage.CASE__ROLES:
			case CoprodPackage.CASE__DRIVERS:
			case CoprodPackage.CASE__POLITICAL_PROFILE:
			case CoprodPackage.CASE__CONTRIBUTIONS:
			case CoprodPackage.CASE__OUTCOMES:
			case CoprodPackage.CASE__EVIDENCE:
			case CoprodPackage.CASE__BENEFITS:
			case CoprodPackage.CASE__LIMITATIONS:
			case CoprodPackage.CASE__DIFFUSION:
			case CoprodPackage.CASE__NOTES:
			case CoprodPackage.CASE__SOURCES:
			case CoprodPackage.CASE__SEGMENTS:
			case CoprodPackage.CASE__MEMOS:
			case CoprodPackage.CASE__CODE_SUMMARIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__PHASES,
				 CoprodFactory.eINSTANCE.createPhase()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__CODINGS,
				 CoprodFactory.eINSTANCE.createTypologyCoding()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__ROLES,
				 CoprodFactory.eINSTANCE.createRole()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__DRIVERS,
				 CoprodFactory.eINSTANCE.createDriverCoding()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__POLITICAL_PROFILE,
				 CoprodFactory.eINSTANCE.createPoliticalProfile()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__CONTRIBUTIONS,
				 CoprodFactory.eINSTANCE.createResourceContribution()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__OUTCOMES,
				 CoprodFactory.eINSTANCE.createOutcome()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__EVIDENCE,
				 CoprodFactory.eINSTANCE.createEvidence()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__BENEFITS,
				 CoprodFactory.eINSTANCE.createBenefitClaim()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__LIMITATIONS,
				 CoprodFactory.eINSTANCE.createLimitationClaim()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__DIFFUSION,
				 CoprodFactory.eINSTANCE.createDiffusionLink()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__NOTES,
				 CoprodFactory.eINSTANCE.createNote()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__SOURCES,
				 CoprodFactory.eINSTANCE.createSourceRef()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__SEGMENTS,
				 CoprodFactory.eINSTANCE.createSegment()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__MEMOS,
				 CoprodFactory.eINSTANCE.createMemo()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE__CODE_SUMMARIES,
				 CoprodFactory.eINSTANCE.createCodeSummary()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CoprodEditPlugin.INSTANCE;
	}

}
