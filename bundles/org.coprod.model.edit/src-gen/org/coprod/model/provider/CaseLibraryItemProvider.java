/**
 */
package org.coprod.model.provider;


import java.util.Collection;
import java.util.List;

import org.coprod.model.CaseLibrary;
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
 * This is the item provider adapter for a {@link org.coprod.model.CaseLibrary} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CaseLibraryItemProvider 
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
	public CaseLibraryItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_CaseLibrary_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseLibrary_name_feature", "_UI_CaseLibrary_type"),
				 CoprodPackage.Literals.CASE_LIBRARY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseLibrary_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseLibrary_description_feature", "_UI_CaseLibrary_type"),
				 CoprodPackage.Literals.CASE_LIBRARY__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CaseLibrary_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CaseLibrary_formatVersion_feature", "_UI_CaseLibrary_type"),
				 CoprodPackage.Literals.CASE_LIBRARY__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
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
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__TYPOLOGIES);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__ACTORS);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__SOURCES);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__CODERS);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__DOCUMENTS);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__CODEBOOK);
			childrenFeatures.add(CoprodPackage.Literals.CASE_LIBRARY__CASES);
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
	 * This returns CaseLibrary.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CaseLibrary"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CaseLibrary)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CaseLibrary_type") :
			getString("_UI_CaseLibrary_type") + " " + label;
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

		switch (notification.getFeatureID(CaseLibrary.class)) {
			case CoprodPackage.CASE_LIBRARY__NAME:
			case CoprodPackage.CASE_LIBRARY__DESCRIPTION:
			case CoprodPackage.CASE_LIBRARY__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CoprodPackage.CASE_LIBRARY__TYPOLOGIES:
			case CoprodPackage.CASE_LIBRARY__ACTORS:
			case CoprodPackage.CASE_LIBRARY__SOURCES:
			case CoprodPackage.CASE_LIBRARY__CODERS:
			case CoprodPackage.CASE_LIBRARY__DOCUMENTS:
			case CoprodPackage.CASE_LIBRARY__CODEBOOK:
			case CoprodPackage.CASE_LIBRARY__CASES:
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
				(CoprodPackage.Literals.CASE_LIBRARY__TYPOLOGIES,
				 CoprodFactory.eINSTANCE.createTypology()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__ACTORS,
				 CoprodFactory.eINSTANCE.createActor()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__SOURCES,
				 CoprodFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__CODERS,
				 CoprodFactory.eINSTANCE.createCoder()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__DOCUMENTS,
				 CoprodFactory.eINSTANCE.createDocument()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__CODEBOOK,
				 CoprodFactory.eINSTANCE.createCodebook()));

		newChildDescriptors.add
			(createChildParameter
				(CoprodPackage.Literals.CASE_LIBRARY__CASES,
				 CoprodFactory.eINSTANCE.createCase()));
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
