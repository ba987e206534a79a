/**
 */
package org.coprod.model.provider;


import java.util.Collection;
import java.util.List;

import org.coprod.model.CoprodFactory;
import org.coprod.model.CoprodPackage;
import org.coprod.model.Level;
import org.coprod.model.PoliticalProfile;

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
 * This is the item provider adapter for a {@link org.coprod.model.PoliticalProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PoliticalProfileItemProvider 
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
	public PoliticalProfileItemProvider(AdapterFactory adapterFactory) {
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

			addStrategyContextsPropertyDescriptor(object);
			addClientelistContextPropertyDescriptor(object);
			addPatronTypesPropertyDescriptor(object);
			addExchangeGoodsPropertyDescriptor(object);
			addStateStancePropertyDescriptor(object);
			addAgreementTypePropertyDescriptor(object);
			addConfrontationLevelPropertyDescriptor(object);
			addCooptationRiskPropertyDescriptor(object);
			addNetworkLevelPropertyDescriptor(object);
			addAffiliationPropertyDescriptor(object);
			addSavingsSchemePropertyDescriptor(object);
			addSavingsMembersPropertyDescriptor(object);
			addWomenSharePercentPropertyDescriptor(object);
			addFundsPropertyDescriptor(object);
			addDataActivitiesPropertyDescriptor(object);
			addPrecedentPropertyDescriptor(object);
			addAccountabilityMechanismsPropertyDescriptor(object);
			addConstituencyPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Strategy Contexts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStrategyContextsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_strategyContexts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_strategyContexts_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__STRATEGY_CONTEXTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Clientelist Context feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClientelistContextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_clientelistContext_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_clientelistContext_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__CLIENTELIST_CONTEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patron Types feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatronTypesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_patronTypes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_patronTypes_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__PATRON_TYPES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Exchange Goods feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExchangeGoodsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_exchangeGoods_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_exchangeGoods_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__EXCHANGE_GOODS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the State Stance feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStateStancePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_stateStance_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_stateStance_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__STATE_STANCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Agreement Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreementTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_agreementType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_agreementType_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__AGREEMENT_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Confrontation Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfrontationLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_confrontationLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_confrontationLevel_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__CONFRONTATION_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cooptation Risk feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCooptationRiskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_cooptationRisk_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_cooptationRisk_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__COOPTATION_RISK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Network Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNetworkLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_networkLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_networkLevel_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__NETWORK_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Affiliation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAffiliationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_affiliation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_affiliation_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__AFFILIATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Savings Scheme feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSavingsSchemePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_savingsScheme_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_savingsScheme_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__SAVINGS_SCHEME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Savings Members feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSavingsMembersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_savingsMembers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_savingsMembers_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__SAVINGS_MEMBERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Women Share Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWomenSharePercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_womenSharePercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_womenSharePercent_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Funds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFundsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_funds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_funds_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__FUNDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Activities feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataActivitiesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_dataActivities_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_dataActivities_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__DATA_ACTIVITIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Precedent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrecedentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_precedent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_precedent_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__PRECEDENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accountability Mechanisms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccountabilityMechanismsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_accountabilityMechanisms_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_accountabilityMechanisms_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Constituency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConstituencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PoliticalProfile_constituency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PoliticalProfile_constituency_feature", "_UI_PoliticalProfile_type"),
				 CoprodPackage.Literals.POLITICAL_PROFILE__CONSTITUENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(CoprodPackage.Literals.POLITICAL_PROFILE__SOURCE);
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
	 * This returns PoliticalProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PoliticalProfile"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		Level labelValue = ((PoliticalProfile)object).getClientelistContext();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_PoliticalProfile_type") :
			getString("_UI_PoliticalProfile_type") + " " + label;
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

		switch (notification.getFeatureID(PoliticalProfile.class)) {
			case CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS:
			case CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT:
			case CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES:
			case CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS:
			case CoprodPackage.POLITICAL_PROFILE__STATE_STANCE:
			case CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE:
			case CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL:
			case CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK:
			case CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL:
			case CoprodPackage.POLITICAL_PROFILE__AFFILIATION:
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME:
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS:
			case CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT:
			case CoprodPackage.POLITICAL_PROFILE__FUNDS:
			case CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES:
			case CoprodPackage.POLITICAL_PROFILE__PRECEDENT:
			case CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS:
			case CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
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
				(CoprodPackage.Literals.POLITICAL_PROFILE__SOURCE,
				 CoprodFactory.eINSTANCE.createSourceRef()));
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
