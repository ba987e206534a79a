/**
 */
package org.coprod.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Political Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mitlin's political dimensions of a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.PoliticalProfile#getStrategyContexts <em>Strategy Contexts</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getClientelistContext <em>Clientelist Context</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getPatronTypes <em>Patron Types</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getExchangeGoods <em>Exchange Goods</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getStateStance <em>State Stance</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getAgreementType <em>Agreement Type</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getConfrontationLevel <em>Confrontation Level</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getCooptationRisk <em>Cooptation Risk</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getNetworkLevel <em>Network Level</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#isSavingsScheme <em>Savings Scheme</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getSavingsMembers <em>Savings Members</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getWomenSharePercent <em>Women Share Percent</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getFunds <em>Funds</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getDataActivities <em>Data Activities</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getPrecedent <em>Precedent</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getAccountabilityMechanisms <em>Accountability Mechanisms</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getConstituency <em>Constituency</em>}</li>
 *   <li>{@link org.coprod.model.PoliticalProfile#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.coprod.model.CoprodPackage#getPoliticalProfile()
 * @model
 * @generated
 */
public interface PoliticalProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Strategy Contexts</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.StrategyContext}.
	 * The literals are from the enumeration {@link org.coprod.model.StrategyContext}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy Contexts</em>' attribute list.
	 * @see org.coprod.model.StrategyContext
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_StrategyContexts()
	 * @model
	 * @generated
	 */
	EList<StrategyContext> getStrategyContexts();

	/**
	 * Returns the value of the '<em><b>Clientelist Context</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clientelist Context</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #setClientelistContext(Level)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_ClientelistContext()
	 * @model
	 * @generated
	 */
	Level getClientelistContext();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getClientelistContext <em>Clientelist Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clientelist Context</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #getClientelistContext()
	 * @generated
	 */
	void setClientelistContext(Level value);

	/**
	 * Returns the value of the '<em><b>Patron Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patron Types</em>' attribute.
	 * @see #setPatronTypes(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_PatronTypes()
	 * @model
	 * @generated
	 */
	String getPatronTypes();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getPatronTypes <em>Patron Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patron Types</em>' attribute.
	 * @see #getPatronTypes()
	 * @generated
	 */
	void setPatronTypes(String value);

	/**
	 * Returns the value of the '<em><b>Exchange Goods</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exchange Goods</em>' attribute.
	 * @see #setExchangeGoods(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_ExchangeGoods()
	 * @model
	 * @generated
	 */
	String getExchangeGoods();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getExchangeGoods <em>Exchange Goods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exchange Goods</em>' attribute.
	 * @see #getExchangeGoods()
	 * @generated
	 */
	void setExchangeGoods(String value);

	/**
	 * Returns the value of the '<em><b>State Stance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.StateStance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State Stance</em>' attribute.
	 * @see org.coprod.model.StateStance
	 * @see #setStateStance(StateStance)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_StateStance()
	 * @model
	 * @generated
	 */
	StateStance getStateStance();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getStateStance <em>State Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Stance</em>' attribute.
	 * @see org.coprod.model.StateStance
	 * @see #getStateStance()
	 * @generated
	 */
	void setStateStance(StateStance value);

	/**
	 * Returns the value of the '<em><b>Agreement Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreement Type</em>' attribute.
	 * @see #setAgreementType(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_AgreementType()
	 * @model
	 * @generated
	 */
	String getAgreementType();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getAgreementType <em>Agreement Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreement Type</em>' attribute.
	 * @see #getAgreementType()
	 * @generated
	 */
	void setAgreementType(String value);

	/**
	 * Returns the value of the '<em><b>Confrontation Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confrontation Level</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #setConfrontationLevel(Level)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_ConfrontationLevel()
	 * @model
	 * @generated
	 */
	Level getConfrontationLevel();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getConfrontationLevel <em>Confrontation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confrontation Level</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #getConfrontationLevel()
	 * @generated
	 */
	void setConfrontationLevel(Level value);

	/**
	 * Returns the value of the '<em><b>Cooptation Risk</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cooptation Risk</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #setCooptationRisk(Level)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_CooptationRisk()
	 * @model
	 * @generated
	 */
	Level getCooptationRisk();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getCooptationRisk <em>Cooptation Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cooptation Risk</em>' attribute.
	 * @see org.coprod.model.Level
	 * @see #getCooptationRisk()
	 * @generated
	 */
	void setCooptationRisk(Level value);

	/**
	 * Returns the value of the '<em><b>Network Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.coprod.model.NetworkLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network Level</em>' attribute.
	 * @see org.coprod.model.NetworkLevel
	 * @see #setNetworkLevel(NetworkLevel)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_NetworkLevel()
	 * @model
	 * @generated
	 */
	NetworkLevel getNetworkLevel();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getNetworkLevel <em>Network Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Level</em>' attribute.
	 * @see org.coprod.model.NetworkLevel
	 * @see #getNetworkLevel()
	 * @generated
	 */
	void setNetworkLevel(NetworkLevel value);

	/**
	 * Returns the value of the '<em><b>Affiliation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affiliation</em>' attribute.
	 * @see #setAffiliation(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_Affiliation()
	 * @model
	 * @generated
	 */
	String getAffiliation();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getAffiliation <em>Affiliation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Affiliation</em>' attribute.
	 * @see #getAffiliation()
	 * @generated
	 */
	void setAffiliation(String value);

	/**
	 * Returns the value of the '<em><b>Savings Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Savings Scheme</em>' attribute.
	 * @see #setSavingsScheme(boolean)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_SavingsScheme()
	 * @model
	 * @generated
	 */
	boolean isSavingsScheme();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#isSavingsScheme <em>Savings Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Savings Scheme</em>' attribute.
	 * @see #isSavingsScheme()
	 * @generated
	 */
	void setSavingsScheme(boolean value);

	/**
	 * Returns the value of the '<em><b>Savings Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Savings Members</em>' attribute.
	 * @see #setSavingsMembers(Integer)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_SavingsMembers()
	 * @model
	 * @generated
	 */
	Integer getSavingsMembers();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getSavingsMembers <em>Savings Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Savings Members</em>' attribute.
	 * @see #getSavingsMembers()
	 * @generated
	 */
	void setSavingsMembers(Integer value);

	/**
	 * Returns the value of the '<em><b>Women Share Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Women Share Percent</em>' attribute.
	 * @see #setWomenSharePercent(Integer)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_WomenSharePercent()
	 * @model
	 * @generated
	 */
	Integer getWomenSharePercent();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getWomenSharePercent <em>Women Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Women Share Percent</em>' attribute.
	 * @see #getWomenSharePercent()
	 * @generated
	 */
	void setWomenSharePercent(Integer value);

	/**
	 * Returns the value of the '<em><b>Funds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funds</em>' attribute.
	 * @see #setFunds(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_Funds()
	 * @model
	 * @generated
	 */
	String getFunds();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getFunds <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funds</em>' attribute.
	 * @see #getFunds()
	 * @generated
	 */
	void setFunds(String value);

	/**
	 * Returns the value of the '<em><b>Data Activities</b></em>' attribute list.
	 * The list contents are of type {@link org.coprod.model.DataActivity}.
	 * The literals are from the enumeration {@link org.coprod.model.DataActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Activities</em>' attribute list.
	 * @see org.coprod.model.DataActivity
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_DataActivities()
	 * @model
	 * @generated
	 */
	EList<DataActivity> getDataActivities();

	/**
	 * Returns the value of the '<em><b>Precedent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precedent</em>' attribute.
	 * @see #setPrecedent(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_Precedent()
	 * @model
	 * @generated
	 */
	String getPrecedent();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getPrecedent <em>Precedent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precedent</em>' attribute.
	 * @see #getPrecedent()
	 * @generated
	 */
	void setPrecedent(String value);

	/**
	 * Returns the value of the '<em><b>Accountability Mechanisms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accountability Mechanisms</em>' attribute.
	 * @see #setAccountabilityMechanisms(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_AccountabilityMechanisms()
	 * @model
	 * @generated
	 */
	String getAccountabilityMechanisms();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getAccountabilityMechanisms <em>Accountability Mechanisms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountability Mechanisms</em>' attribute.
	 * @see #getAccountabilityMechanisms()
	 * @generated
	 */
	void setAccountabilityMechanisms(String value);

	/**
	 * Returns the value of the '<em><b>Constituency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Constituency</em>' attribute.
	 * @see #setConstituency(String)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_Constituency()
	 * @model
	 * @generated
	 */
	String getConstituency();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getConstituency <em>Constituency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constituency</em>' attribute.
	 * @see #getConstituency()
	 * @generated
	 */
	void setConstituency(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(SourceRef)
	 * @see org.coprod.model.CoprodPackage#getPoliticalProfile_Source()
	 * @model containment="true"
	 * @generated
	 */
	SourceRef getSource();

	/**
	 * Sets the value of the '{@link org.coprod.model.PoliticalProfile#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourceRef value);

} // PoliticalProfile
