/**
 */
package org.coprod.model.impl;

import java.util.Collection;

import org.coprod.model.CoprodPackage;
import org.coprod.model.DataActivity;
import org.coprod.model.Level;
import org.coprod.model.NetworkLevel;
import org.coprod.model.PoliticalProfile;
import org.coprod.model.SourceRef;
import org.coprod.model.StateStance;
import org.coprod.model.StrategyContext;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Political Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getStrategyContexts <em>Strategy Contexts</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getClientelistContext <em>Clientelist Context</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getPatronTypes <em>Patron Types</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getExchangeGoods <em>Exchange Goods</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getStateStance <em>State Stance</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getAgreementType <em>Agreement Type</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getConfrontationLevel <em>Confrontation Level</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getCooptationRisk <em>Cooptation Risk</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getNetworkLevel <em>Network Level</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getAffiliation <em>Affiliation</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#isSavingsScheme <em>Savings Scheme</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getSavingsMembers <em>Savings Members</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getWomenSharePercent <em>Women Share Percent</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getFunds <em>Funds</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getDataActivities <em>Data Activities</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getPrecedent <em>Precedent</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getAccountabilityMechanisms <em>Accountability Mechanisms</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getConstituency <em>Constituency</em>}</li>
 *   <li>{@link org.coprod.model.impl.PoliticalProfileImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PoliticalProfileImpl extends MinimalEObjectImpl.Container implements PoliticalProfile {
	/**
	 * The cached value of the '{@link #getStrategyContexts() <em>Strategy Contexts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategyContexts()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategyContext> strategyContexts;

	/**
	 * The default value of the '{@link #getClientelistContext() <em>Clientelist Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientelistContext()
	 * @generated
	 * @ordered
	 */
	protected static final Level CLIENTELIST_CONTEXT_EDEFAULT = Level.UNKNOWN;

	/**
	 * The cached value of the '{@link #getClientelistContext() <em>Clientelist Context</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientelistContext()
	 * @generated
	 * @ordered
	 */
	protected Level clientelistContext = CLIENTELIST_CONTEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatronTypes() <em>Patron Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatronTypes()
	 * @generated
	 * @ordered
	 */
	protected static final String PATRON_TYPES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatronTypes() <em>Patron Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatronTypes()
	 * @generated
	 * @ordered
	 */
	protected String patronTypes = PATRON_TYPES_EDEFAULT;

	/**
	 * The default value of the '{@link #getExchangeGoods() <em>Exchange Goods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeGoods()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCHANGE_GOODS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExchangeGoods() <em>Exchange Goods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExchangeGoods()
	 * @generated
	 * @ordered
	 */
	protected String exchangeGoods = EXCHANGE_GOODS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateStance() <em>State Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateStance()
	 * @generated
	 * @ordered
	 */
	protected static final StateStance STATE_STANCE_EDEFAULT = StateStance.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStateStance() <em>State Stance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateStance()
	 * @generated
	 * @ordered
	 */
	protected StateStance stateStance = STATE_STANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgreementType() <em>Agreement Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreementType()
	 * @generated
	 * @ordered
	 */
	protected static final String AGREEMENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreementType() <em>Agreement Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreementType()
	 * @generated
	 * @ordered
	 */
	protected String agreementType = AGREEMENT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfrontationLevel() <em>Confrontation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfrontationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Level CONFRONTATION_LEVEL_EDEFAULT = Level.UNKNOWN;

	/**
	 * The cached value of the '{@link #getConfrontationLevel() <em>Confrontation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfrontationLevel()
	 * @generated
	 * @ordered
	 */
	protected Level confrontationLevel = CONFRONTATION_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCooptationRisk() <em>Cooptation Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooptationRisk()
	 * @generated
	 * @ordered
	 */
	protected static final Level COOPTATION_RISK_EDEFAULT = Level.UNKNOWN;

	/**
	 * The cached value of the '{@link #getCooptationRisk() <em>Cooptation Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCooptationRisk()
	 * @generated
	 * @ordered
	 */
	protected Level cooptationRisk = COOPTATION_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getNetworkLevel() <em>Network Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkLevel()
	 * @generated
	 * @ordered
	 */
	protected static final NetworkLevel NETWORK_LEVEL_EDEFAULT = NetworkLevel.NONE;

	/**
	 * The cached value of the '{@link #getNetworkLevel() <em>Network Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkLevel()
	 * @generated
	 * @ordered
	 */
	protected NetworkLevel networkLevel = NETWORK_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAffiliation() <em>Affiliation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliation()
	 * @generated
	 * @ordered
	 */
	protected static final String AFFILIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAffiliation() <em>Affiliation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffiliation()
	 * @generated
	 * @ordered
	 */
	protected String affiliation = AFFILIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isSavingsScheme() <em>Savings Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSavingsScheme()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAVINGS_SCHEME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSavingsScheme() <em>Savings Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSavingsScheme()
	 * @generated
	 * @ordered
	 */
	protected boolean savingsScheme = SAVINGS_SCHEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSavingsMembers() <em>Savings Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavingsMembers()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SAVINGS_MEMBERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSavingsMembers() <em>Savings Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavingsMembers()
	 * @generated
	 * @ordered
	 */
	protected Integer savingsMembers = SAVINGS_MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWomenSharePercent() <em>Women Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWomenSharePercent()
	 * @generated
	 * @ordered
	 */
	protected static final Integer WOMEN_SHARE_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWomenSharePercent() <em>Women Share Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWomenSharePercent()
	 * @generated
	 * @ordered
	 */
	protected Integer womenSharePercent = WOMEN_SHARE_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunds() <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunds()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunds() <em>Funds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunds()
	 * @generated
	 * @ordered
	 */
	protected String funds = FUNDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataActivities() <em>Data Activities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<DataActivity> dataActivities;

	/**
	 * The default value of the '{@link #getPrecedent() <em>Precedent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecedent()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECEDENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecedent() <em>Precedent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecedent()
	 * @generated
	 * @ordered
	 */
	protected String precedent = PRECEDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountabilityMechanisms() <em>Accountability Mechanisms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityMechanisms()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNTABILITY_MECHANISMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountabilityMechanisms() <em>Accountability Mechanisms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountabilityMechanisms()
	 * @generated
	 * @ordered
	 */
	protected String accountabilityMechanisms = ACCOUNTABILITY_MECHANISMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConstituency() <em>Constituency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstituency()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSTITUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConstituency() <em>Constituency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstituency()
	 * @generated
	 * @ordered
	 */
	protected String constituency = CONSTITUENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SourceRef source;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoliticalProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoprodPackage.Literals.POLITICAL_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategyContext> getStrategyContexts() {
		if (strategyContexts == null) {
			strategyContexts = new EDataTypeUniqueEList<StrategyContext>(StrategyContext.class, this, CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS);
		}
		return strategyContexts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getClientelistContext() {
		return clientelistContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientelistContext(Level newClientelistContext) {
		Level oldClientelistContext = clientelistContext;
		clientelistContext = newClientelistContext == null ? CLIENTELIST_CONTEXT_EDEFAULT : newClientelistContext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT, oldClientelistContext, clientelistContext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatronTypes() {
		return patronTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatronTypes(String newPatronTypes) {
		String oldPatronTypes = patronTypes;
		patronTypes = newPatronTypes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES, oldPatronTypes, patronTypes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExchangeGoods() {
		return exchangeGoods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExchangeGoods(String newExchangeGoods) {
		String oldExchangeGoods = exchangeGoods;
		exchangeGoods = newExchangeGoods;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS, oldExchangeGoods, exchangeGoods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StateStance getStateStance() {
		return stateStance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateStance(StateStance newStateStance) {
		StateStance oldStateStance = stateStance;
		stateStance = newStateStance == null ? STATE_STANCE_EDEFAULT : newStateStance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__STATE_STANCE, oldStateStance, stateStance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgreementType() {
		return agreementType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreementType(String newAgreementType) {
		String oldAgreementType = agreementType;
		agreementType = newAgreementType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE, oldAgreementType, agreementType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getConfrontationLevel() {
		return confrontationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfrontationLevel(Level newConfrontationLevel) {
		Level oldConfrontationLevel = confrontationLevel;
		confrontationLevel = newConfrontationLevel == null ? CONFRONTATION_LEVEL_EDEFAULT : newConfrontationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL, oldConfrontationLevel, confrontationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getCooptationRisk() {
		return cooptationRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCooptationRisk(Level newCooptationRisk) {
		Level oldCooptationRisk = cooptationRisk;
		cooptationRisk = newCooptationRisk == null ? COOPTATION_RISK_EDEFAULT : newCooptationRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK, oldCooptationRisk, cooptationRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkLevel getNetworkLevel() {
		return networkLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkLevel(NetworkLevel newNetworkLevel) {
		NetworkLevel oldNetworkLevel = networkLevel;
		networkLevel = newNetworkLevel == null ? NETWORK_LEVEL_EDEFAULT : newNetworkLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL, oldNetworkLevel, networkLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAffiliation() {
		return affiliation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAffiliation(String newAffiliation) {
		String oldAffiliation = affiliation;
		affiliation = newAffiliation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__AFFILIATION, oldAffiliation, affiliation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSavingsScheme() {
		return savingsScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSavingsScheme(boolean newSavingsScheme) {
		boolean oldSavingsScheme = savingsScheme;
		savingsScheme = newSavingsScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME, oldSavingsScheme, savingsScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getSavingsMembers() {
		return savingsMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSavingsMembers(Integer newSavingsMembers) {
		Integer oldSavingsMembers = savingsMembers;
		savingsMembers = newSavingsMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS, oldSavingsMembers, savingsMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getWomenSharePercent() {
		return womenSharePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWomenSharePercent(Integer newWomenSharePercent) {
		Integer oldWomenSharePercent = womenSharePercent;
		womenSharePercent = newWomenSharePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT, oldWomenSharePercent, womenSharePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunds() {
		return funds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunds(String newFunds) {
		String oldFunds = funds;
		funds = newFunds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__FUNDS, oldFunds, funds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataActivity> getDataActivities() {
		if (dataActivities == null) {
			dataActivities = new EDataTypeUniqueEList<DataActivity>(DataActivity.class, this, CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES);
		}
		return dataActivities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrecedent() {
		return precedent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecedent(String newPrecedent) {
		String oldPrecedent = precedent;
		precedent = newPrecedent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__PRECEDENT, oldPrecedent, precedent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountabilityMechanisms() {
		return accountabilityMechanisms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountabilityMechanisms(String newAccountabilityMechanisms) {
		String oldAccountabilityMechanisms = accountabilityMechanisms;
		accountabilityMechanisms = newAccountabilityMechanisms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS, oldAccountabilityMechanisms, accountabilityMechanisms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConstituency() {
		return constituency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstituency(String newConstituency) {
		String oldConstituency = constituency;
		constituency = newConstituency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY, oldConstituency, constituency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceRef getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(SourceRef newSource, NotificationChain msgs) {
		SourceRef oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__SOURCE, oldSource, newSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(SourceRef newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.POLITICAL_PROFILE__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoprodPackage.POLITICAL_PROFILE__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoprodPackage.POLITICAL_PROFILE__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
				return basicSetSource(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS:
				return getStrategyContexts();
			case CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT:
				return getClientelistContext();
			case CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES:
				return getPatronTypes();
			case CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS:
				return getExchangeGoods();
			case CoprodPackage.POLITICAL_PROFILE__STATE_STANCE:
				return getStateStance();
			case CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE:
				return getAgreementType();
			case CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL:
				return getConfrontationLevel();
			case CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK:
				return getCooptationRisk();
			case CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL:
				return getNetworkLevel();
			case CoprodPackage.POLITICAL_PROFILE__AFFILIATION:
				return getAffiliation();
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME:
				return isSavingsScheme();
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS:
				return getSavingsMembers();
			case CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT:
				return getWomenSharePercent();
			case CoprodPackage.POLITICAL_PROFILE__FUNDS:
				return getFunds();
			case CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES:
				return getDataActivities();
			case CoprodPackage.POLITICAL_PROFILE__PRECEDENT:
				return getPrecedent();
			case CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS:
				return getAccountabilityMechanisms();
			case CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY:
				return getConstituency();
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
				return getSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS:
				getStrategyContexts().clear();
				getStrategyContexts().addAll((Collection<? extends StrategyContext>)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT:
				setClientelistContext((Level)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES:
				setPatronTypes((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS:
				setExchangeGoods((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__STATE_STANCE:
				setStateStance((StateStance)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE:
				setAgreementType((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL:
				setConfrontationLevel((Level)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK:
				setCooptationRisk((Level)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL:
				setNetworkLevel((NetworkLevel)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__AFFILIATION:
				setAffiliation((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME:
				setSavingsScheme((Boolean)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS:
				setSavingsMembers((Integer)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT:
				setWomenSharePercent((Integer)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__FUNDS:
				setFunds((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES:
				getDataActivities().clear();
				getDataActivities().addAll((Collection<? extends DataActivity>)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__PRECEDENT:
				setPrecedent((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS:
				setAccountabilityMechanisms((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY:
				setConstituency((String)newValue);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
				setSource((SourceRef)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS:
				getStrategyContexts().clear();
				return;
			case CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT:
				setClientelistContext(CLIENTELIST_CONTEXT_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES:
				setPatronTypes(PATRON_TYPES_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS:
				setExchangeGoods(EXCHANGE_GOODS_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__STATE_STANCE:
				setStateStance(STATE_STANCE_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE:
				setAgreementType(AGREEMENT_TYPE_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL:
				setConfrontationLevel(CONFRONTATION_LEVEL_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK:
				setCooptationRisk(COOPTATION_RISK_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL:
				setNetworkLevel(NETWORK_LEVEL_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__AFFILIATION:
				setAffiliation(AFFILIATION_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME:
				setSavingsScheme(SAVINGS_SCHEME_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS:
				setSavingsMembers(SAVINGS_MEMBERS_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT:
				setWomenSharePercent(WOMEN_SHARE_PERCENT_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__FUNDS:
				setFunds(FUNDS_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES:
				getDataActivities().clear();
				return;
			case CoprodPackage.POLITICAL_PROFILE__PRECEDENT:
				setPrecedent(PRECEDENT_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS:
				setAccountabilityMechanisms(ACCOUNTABILITY_MECHANISMS_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY:
				setConstituency(CONSTITUENCY_EDEFAULT);
				return;
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
				setSource((SourceRef)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CoprodPackage.POLITICAL_PROFILE__STRATEGY_CONTEXTS:
				return strategyContexts != null && !strategyContexts.isEmpty();
			case CoprodPackage.POLITICAL_PROFILE__CLIENTELIST_CONTEXT:
				return clientelistContext != CLIENTELIST_CONTEXT_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__PATRON_TYPES:
				return PATRON_TYPES_EDEFAULT == null ? patronTypes != null : !PATRON_TYPES_EDEFAULT.equals(patronTypes);
			case CoprodPackage.POLITICAL_PROFILE__EXCHANGE_GOODS:
				return EXCHANGE_GOODS_EDEFAULT == null ? exchangeGoods != null : !EXCHANGE_GOODS_EDEFAULT.equals(exchangeGoods);
			case CoprodPackage.POLITICAL_PROFILE__STATE_STANCE:
				return stateStance != STATE_STANCE_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__AGREEMENT_TYPE:
				return AGREEMENT_TYPE_EDEFAULT == null ? agreementType != null : !AGREEMENT_TYPE_EDEFAULT.equals(agreementType);
			case CoprodPackage.POLITICAL_PROFILE__CONFRONTATION_LEVEL:
				return confrontationLevel != CONFRONTATION_LEVEL_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__COOPTATION_RISK:
				return cooptationRisk != COOPTATION_RISK_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__NETWORK_LEVEL:
				return networkLevel != NETWORK_LEVEL_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__AFFILIATION:
				return AFFILIATION_EDEFAULT == null ? affiliation != null : !AFFILIATION_EDEFAULT.equals(affiliation);
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_SCHEME:
				return savingsScheme != SAVINGS_SCHEME_EDEFAULT;
			case CoprodPackage.POLITICAL_PROFILE__SAVINGS_MEMBERS:
				return SAVINGS_MEMBERS_EDEFAULT == null ? savingsMembers != null : !SAVINGS_MEMBERS_EDEFAULT.equals(savingsMembers);
			case CoprodPackage.POLITICAL_PROFILE__WOMEN_SHARE_PERCENT:
				return WOMEN_SHARE_PERCENT_EDEFAULT == null ? womenSharePercent != null : !WOMEN_SHARE_PERCENT_EDEFAULT.equals(womenSharePercent);
			case CoprodPackage.POLITICAL_PROFILE__FUNDS:
				return FUNDS_EDEFAULT == null ? funds != null : !FUNDS_EDEFAULT.equals(funds);
			case CoprodPackage.POLITICAL_PROFILE__DATA_ACTIVITIES:
				return dataActivities != null && !dataActivities.isEmpty();
			case CoprodPackage.POLITICAL_PROFILE__PRECEDENT:
				return PRECEDENT_EDEFAULT == null ? precedent != null : !PRECEDENT_EDEFAULT.equals(precedent);
			case CoprodPackage.POLITICAL_PROFILE__ACCOUNTABILITY_MECHANISMS:
				return ACCOUNTABILITY_MECHANISMS_EDEFAULT == null ? accountabilityMechanisms != null : !ACCOUNTABILITY_MECHANISMS_EDEFAULT.equals(accountabilityMechanisms);
			case CoprodPackage.POLITICAL_PROFILE__CONSTITUENCY:
				return CONSTITUENCY_EDEFAULT == null ? constituency != null : !CONSTITUENCY_EDEFAULT.equals(constituency);
			case CoprodPackage.POLITICAL_PROFILE__SOURCE:
				return source != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (strategyContexts: ");
		result.append(strategyContexts);
		result.append(", clientelistContext: ");
		result.append(clientelistContext);
		result.append(", patronTypes: ");
		result.append(patronTypes);
		result.append(", exchangeGoods: ");
		result.append(exchangeGoods);
		result.append(", stateStance: ");
		result.append(stateStance);
		result.append(", agreementType: ");
		result.append(agreementType);
		result.append(", confrontationLevel: ");
		result.append(confrontationLevel);
		result.append(", cooptationRisk: ");
		result.append(cooptationRisk);
		result.append(", networkLevel: ");
		result.append(networkLevel);
		result.append(", affiliation: ");
		result.append(affiliation);
		result.append(", savingsScheme: ");
		result.append(savingsScheme);
		result.append(", savingsMembers: ");
		result.append(savingsMembers);
		result.append(", womenSharePercent: ");
		result.append(womenSharePercent);
		result.append(", funds: ");
		result.append(funds);
		result.append(", dataActivities: ");
		result.append(dataActivities);
		result.append(", precedent: ");
		result.append(precedent);
		result.append(", accountabilityMechanisms: ");
		result.append(accountabilityMechanisms);
		result.append(", constituency: ");
		result.append(constituency);
		result.append(')');
		return result.toString();
	}

} //PoliticalProfileImpl
